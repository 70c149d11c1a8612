# Tests of service discovery under by-name directories: the stem rule, first definition wins, and
# the errors. The list of failing tests, [ ] when all pass.
let
  runTests = import ../../lib/tests/fixtures/run-tests.nix;
  six = import ../. { };
  main = ./fixtures/svcs/by-name;
  extra = ./fixtures/extra/by-name;
  fails = x: !(builtins.tryEval (builtins.deepSeq x x)).success;
  found = six.discover [ main extra ];
in
runTests {
  names = {
    expr = builtins.attrNames found;
    expected = [ "echo" "extra-only" "quiet" "setup" "ticker" ];
  };
  paths = { expr = found.setup; expected = main + "/se/setup/service.nix"; };
  firstWins = { expr = found.echo; expected = main + "/ec/echo/service.nix"; };
  firstWinsReversed = { expr = (six.discover [ extra main ]).echo; expected = extra + "/ec/echo/service.nix"; };
  extraOnly = { expr = found.extra-only; expected = extra + "/ex/extra-only/service.nix"; };
  missingDir = { expr = six.discover [ ./fixtures/nowhere ]; expected = { }; };
  empty = { expr = six.discover [ ]; expected = { }; };
  wrongStem = { expr = fails (six.discover [ ./fixtures/bad-stem/by-name ]); expected = true; };
  wrongStemAfterGood = { expr = fails (six.discover [ main ./fixtures/bad-stem/by-name ]); expected = true; };
  longStem = { expr = fails (six.discover [ ./fixtures/long-stem/by-name ]); expected = true; };
  noServiceFile = { expr = fails (six.discover [ ./fixtures/no-service/by-name ]); expected = true; };
  # the functions, imported
  imported = { expr = builtins.isFunction (six.servicesOf [ main ]).echo; expected = true; };
  # a host's extra directories come after the toolchain's own
  shadowedService = {
    expr = ((import ../. { by-name-dir = main; }).describeHost
      { name = "h"; services = [ "echo" "setup" "extra-only" ]; extra-by-name-dirs = [ extra ]; }).echo.type;
    expected = "longrun";
  };
  shadowingService = {
    expr = ((import ../. { by-name-dir = extra; }).describeHost
      { name = "h"; services = [ "echo" "setup" ]; extra-by-name-dirs = [ main ]; }).echo.type;
    expected = "oneshot";
  };
  unknownSelected = { expr = fails (six.describeHost { name = "h"; services = [ "nope" ]; }); expected = true; };
}
