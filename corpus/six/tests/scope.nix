# Tests of the targets scope: the layer order (each overlay sees the previous layer), infusions as
# overlays, spaths, one logger per longrun, before -> after inversion and the wiring of default.
# The list of failing tests, [ ] when all pass.
let
  lib = import ../../lib;
  runTests = import ../../lib/tests/fixtures/run-tests.nix;
  six = import ../. { by-name-dir = ./fixtures/svcs/by-name; };
  services = six.servicesOf [ ./fixtures/svcs/by-name ];
  fails = x: !(builtins.tryEval (builtins.deepSeq x x)).success;

  scope = six.mkConfiguration {
    inherit services;
    host = { name = "toy"; };
    selected = [ "setup" ];
    overlays = [
      # sees base and the selection
      (final: prev: {
        seen1 = { default = prev.targets ? default; setup = prev.targets ? setup; echo = prev.targets ? echo; };
        targets = prev.targets // {
          echo = final.services.echo { message = "hi"; };
          net.iface.eth0 = final.six.mkFunnel { name = "eth0"; run = "x"; before = [ final.targets.global.coldplug ]; };
        };
      })
      # sees the previous overlay
      (final: prev: {
        seen2 = { echo = prev.targets ? echo; message = prev.targets.echo.message; };
        targets = prev.targets // {
          late = final.six.mkOneshot { name = "late"; up = "x"; before = [ final.targets.echo final.targets.default ]; };
        };
      })
      # an infusion of the scope
      {
        targets.echo.__input.message.__assign = "bye";
        targets.late.__output.passthru.essential.__assign = true;
      }
    ];
  };
  t = scope.targets;
  d = six.describeTargets t;
  # what a layer alone sees: the scope up to the wiring, without spaths
  early = six.mkConfiguration { inherit services; };
in
runTests {
  overlaySeesBase = { expr = scope.seen1; expected = { default = true; setup = true; echo = false; }; };
  overlaySeesPrevious = { expr = scope.seen2; expected = { echo = true; message = "hi"; }; };
  infusionInput = { expr = t.echo.message; expected = "bye"; };
  infusionInputRun = { expr = lib.hasSuffix "/bin/echo bye\n" d.echo.run; expected = true; };
  infusionOutput = { expr = d.late.flags; expected = [ "essential" ]; };
  scopeHasLibAndPkgs = { expr = [ (scope ? lib) (scope ? pkgs) (scope ? infuse) (scope ? callService) (scope ? six) (scope.host.name) ]; expected = [ true true true true true "toy" ]; };
  servicesCurried = { expr = builtins.isFunction scope.services.echo || scope.services.echo ? __functor; expected = true; };

  spaths = {
    expr = [ t.echo.spath t.net.iface.eth0.spath t.global.coldplug.spath t.loggers.echo.spath t.loggers.net.iface.eth0.spath ];
    expected = [ [ "echo" ] [ "net" "iface" "eth0" ] [ "global" "coldplug" ] [ "echo-log" ] [ "net" "iface" "eth0-log" ] ];
  };
  names = {
    expr = builtins.attrNames d;
    expected = [ "default" "echo" "echo-log" "global.coldplug" "global.hwclock" "global.mounts" "global.set-hostname"
      "late" "net.iface.eth0" "net.iface.eth0-log" "setup" ];
  };

  # one logger per longrun, paired both ways; oneshots and bundles get none
  loggersPerLongrun = { expr = lib.attrNames t.loggers; expected = [ "echo" "net" ]; };
  producerFor = { expr = [ d.echo.producer-for d."net.iface.eth0".producer-for d.setup.producer-for ]; expected = [ "echo-log" "net.iface.eth0-log" null ]; };
  consumerFor = { expr = [ d.echo-log.consumer-for d."net.iface.eth0-log".consumer-for d.echo.consumer-for ]; expected = [ [ "echo" ] [ "net.iface.eth0" ] [ ] ]; };
  loggerOfLogger = { expr = d.echo-log.producer-for; expected = null; };
  loggerIsTarget = { expr = t.echo.passthru.logger.spath; expected = [ "echo-log" ]; };
  defaultLoggerRun = { expr = lib.hasSuffix "/var/log/net.iface.eth0\n" d."net.iface.eth0-log".run; expected = true; };

  # before -> after: late before echo, eth0 and setup (its service) before bundles
  beforeToAfter = { expr = d.echo.dependencies; expected = [ "late" "setup" ]; };
  beforeIntoBundle = { expr = [ d."global.coldplug".contents d."global.mounts".contents ]; expected = [ [ "net.iface.eth0" ] [ "setup" ] ]; };
  # the wiring: every top-level target but the excluded groups, plus late's before
  defaultContents = { expr = d.default.contents; expected = [ "echo" "late" "setup" ]; };
  bundleHasNoDependencies = { expr = d.default.dependencies; expected = [ ]; };

  # an unplaced target in a dependency list has no spath
  unplaced = {
    expr = fails (six.describeTargets (six.mkConfiguration {
      inherit services;
      overlays = [ (final: prev: { targets = prev.targets // { a = final.six.mkOneshot { up = "x"; after = [ (final.six.mkOneshot { up = "y"; }) ]; }; }; }) ];
    }).targets);
    expected = true;
  };
  # the layers are exported one by one
  layerNames = { expr = builtins.attrNames six.layers; expected = [ "before" "hostOverlay" "init" "loggers" "selection" "spaths" "wiring" ]; };
  emptyHost = { expr = builtins.attrNames (six.describeTargets early.targets); expected = [ "default" "global.coldplug" "global.hwclock" "global.mounts" "global.set-hostname" ]; };
  badLogger = {
    expr = fails (six.describeTargets (six.mkConfiguration {
      inherit services;
      overlays = [ (final: prev: { targets = prev.targets // { a = final.six.mkFunnel { run = "x"; passthru.logger = "no"; }; }; }) ];
    }).targets);
    expected = true;
  };
}
