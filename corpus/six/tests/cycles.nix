# Dependency cycles: findCycle on plain graphs, and hosts (the fixture services plus overlays)
# whose after/before/contents edges form a cycle, which describeHost rejects with
# `six: dependency cycle: a -> b -> a`. The list of failing tests, [ ] when all pass.
let
  runTests = import ../../lib/tests/fixtures/run-tests.nix;
  six = import ../. { by-name-dir = ./fixtures/svcs/by-name; };
  infuse = (import ../../infuse { }).infuse;

  # the fixture host: quiet after echo, echo after setup, setup before global.mounts
  host = overlays: {
    name = "cyclic";
    services = [ "echo" "setup" "quiet" "ticker" ];
    service-overlays = overlays;
  };
  # `x`.after += the targets at `paths`
  after = x: paths: final: prev: infuse prev {
    targets.${x}.__output.passthru.after.__append = map (p: final.lib.getAttrFromPath p final.targets) paths;
  };
  before = x: paths: final: prev: infuse prev {
    targets.${x}.__output.passthru.before.__append = map (p: final.lib.getAttrFromPath p final.targets) paths;
  };
  # ticker's logger (uncaughtLogs) is after ticker
  loggedAfter = final: prev: infuse prev {
    targets.ticker.__output.passthru.logger.__assign = spath: producer:
      (final.services.uncaughtLogs spath producer).overrideAttrs (p: { passthru = p.passthru // { after = p.passthru.after ++ [ producer ]; }; });
  };
  # the unchecked records' cycle message, and whether describeHost (forced) fails
  message = overlays: six.cycleMessage (six.recordsOf (six.configure (host overlays)).targets);
  fails = overlays: !(builtins.tryEval (builtins.deepSeq (six.describeHost (host overlays)) true)).success;
in
runTests {
  # findCycle on graphs
  graphTwo = { expr = six.findCycle { b = [ "a" ]; a = [ "b" ]; }; expected = [ "a" "b" ]; };
  graphThree = { expr = six.findCycle { c = [ "a" ]; a = [ "b" ]; b = [ "c" ]; }; expected = [ "a" "b" "c" ]; };
  graphSelf = { expr = six.findCycle { a = [ ]; b = [ "b" ]; }; expected = [ "b" ]; };
  graphDiamond = { expr = six.findCycle { a = [ "c" "b" ]; b = [ "d" ]; c = [ "d" ]; d = [ ]; }; expected = null; };
  graphEmpty = { expr = six.findCycle { }; expected = null; };
  # edges to names that are not nodes are ignored
  graphDangling = { expr = six.findCycle { a = [ "zz" ]; }; expected = null; };
  # the cycle starts at its smallest name; the search follows sorted edges (y -> q before y -> x)
  graphRotated = { expr = six.findCycle { z = [ "y" ]; y = [ "x" "q" ]; x = [ "z" ]; q = [ ]; }; expected = [ "x" "z" "y" ]; };
  # of two cycles, the one found first from the smallest root, along sorted edges
  graphFirst = { expr = six.findCycle { a = [ "c" "b" ]; b = [ "a" ]; c = [ "a" ]; }; expected = [ "a" "b" ]; };
  # a long chain: no deep recursion, not quadratic
  graphLong = {
    expr = let n = 3000; name = i: "n${toString (10000 + i)}"; in
      builtins.length (six.findCycle (builtins.listToAttrs (builtins.genList (i:
        { name = name i; value = [ (name (if i + 1 < n then i + 1 else 0)) ]; }) n)));
    expected = 3000;
  };
  dependencyGraph = {
    expr = six.dependencyGraph { a = { dependencies = [ "b" ]; contents = [ ]; }; d = { dependencies = [ ]; contents = [ "a" ]; }; };
    expected = { a = [ "b" ]; d = [ "a" ]; };
  };

  # hosts
  acyclic = { expr = message [ ]; expected = null; };
  acyclicForces = { expr = fails [ ]; expected = false; };
  # a diamond: ticker after quiet and echo, quiet after echo and setup, echo after setup
  diamond = { expr = message [ (after "ticker" [ [ "quiet" ] [ "echo" ] ]) (after "quiet" [ [ "setup" ] ]) ]; expected = null; };
  diamondForces = { expr = fails [ (after "ticker" [ [ "quiet" ] [ "echo" ] ]) (after "quiet" [ [ "setup" ] ]) ]; expected = false; };
  two = { expr = message [ (after "setup" [ [ "echo" ] ]) ]; expected = "six: dependency cycle: echo -> setup -> echo"; };
  twoFails = { expr = fails [ (after "setup" [ [ "echo" ] ]) ]; expected = true; };
  three = { expr = message [ (after "setup" [ [ "quiet" ] ]) ]; expected = "six: dependency cycle: echo -> setup -> quiet -> echo"; };
  threeFails = { expr = fails [ (after "setup" [ [ "quiet" ] ]) ]; expected = true; };
  self = { expr = message [ (after "ticker" [ [ "ticker" ] ]) ]; expected = "six: dependency cycle: ticker -> ticker"; };
  selfFails = { expr = fails [ (after "ticker" [ [ "ticker" ] ]) ]; expected = true; };
  # bundles: setup is in global.mounts (setup.before), and everything is in default
  bundle = { expr = message [ (after "setup" [ [ "global" "mounts" ] ]) ]; expected = "six: dependency cycle: global.mounts -> setup -> global.mounts"; };
  bundleFails = { expr = fails [ (after "setup" [ [ "global" "mounts" ] ]) ]; expected = true; };
  default = { expr = message [ (after "ticker" [ [ "default" ] ]) ]; expected = "six: dependency cycle: default -> ticker -> default"; };
  # through the before -> after inversion: echo before setup, while echo is after setup
  inverted = { expr = message [ (before "echo" [ [ "setup" ] ]) ]; expected = "six: dependency cycle: echo -> setup -> echo"; };
  # a custom logger after its producer, while the producer is after its logger
  logger = { expr = message [ loggedAfter (after "ticker" [ [ "loggers" "ticker" ] ]) ]; expected = "six: dependency cycle: ticker -> ticker-log -> ticker"; };
  loggerFails = { expr = fails [ loggedAfter (after "ticker" [ [ "loggers" "ticker" ] ]) ]; expected = true; };
  loggerAlone = { expr = message [ loggedAfter ]; expected = null; };
}
