# Tests of the service constructors: each form, the files they describe, and every validation
# error (a throw, caught with tryEval). The list of failing tests, [ ] when all pass.
let
  lib = import ../../lib;
  runTests = import ../../lib/tests/fixtures/run-tests.nix;
  six = import ../. { };
  inherit (six) pkgs;
  named = six.mkSix "demo";

  # a target is forced to weak head normal form (it would throw on its missing spath if forced deeply)
  fails = x: !(builtins.tryEval (builtins.seq x x)).success;
  # a target's record, as if it had been placed at spath [ "t" ]
  record = t: six.describeTarget (t.passthru // { spath = [ "t" ]; });

  funnel = named.mkFunnel {
    run = [ "/bin/daemon" "-f" "a b" ];
    finish = [ "/bin/cleanup" ];
    notification-fd = 3;
    timeout-up = 100;
    timeout-kill = 200;
    timeout-finish = 300;
    env = { PORT = 22; MODE = "fast"; };
    data = { "x.conf" = "k=v\n"; };
    essential = true;
    flag-newpidns = true;
    down-signal = "SIGHUP";
    max-death-tally = 5;
    lock-fd = 4;
  };
  f = record funnel;
  argvForm = record (named.mkFunnel { argv = [ "s6-sleep" "1" "a b" ]; });
  chpstForm = record (named.mkFunnel { chpst = { argv = [ "daemon" ]; user = "www"; }; });
  stringForm = record (named.mkService { run = "#!/bin/sh\nexec daemon\n"; });
  oneshot = named.mkOneshot { up = [ "mount" "-t" "proc" "proc" "/proc" ]; down = "umount /proc"; timeout-down = 50; };
  o = record oneshot;
  bundle = record (named.mkBundle { });
  logger = named.mkLogger { run = [ "s6-log" "/var/log/x" ]; };
in
runTests {
  funnelType = { expr = f.type; expected = "longrun"; };
  funnelRun = {
    expr = f.run;
    expected = "#!${pkgs.busybox}/bin/sh\nexec 2>&1\nexec /bin/daemon -f 'a b'\n";
  };
  funnelFinish = { expr = lib.hasSuffix "exec /bin/cleanup\n" f.finish; expected = true; };
  funnelNoUpDown = { expr = [ f.up f.down ]; expected = [ null null ]; };
  funnelFds = { expr = [ f.notification-fd f.lock-fd f.max-death-tally f.down-signal ]; expected = [ 3 4 5 "SIGHUP" ]; };
  funnelTimeouts = {
    expr = f.timeouts;
    expected = { timeout-up = 100; timeout-kill = 200; timeout-finish = 300; };
  };
  funnelEnv = { expr = f.env; expected = { PORT = "22"; MODE = "fast"; }; };
  funnelData = { expr = f.data; expected = { "x.conf" = "k=v\n"; }; };
  funnelFlags = { expr = f.flags; expected = [ "essential" "newpidns" ]; };
  funnelPassthru = {
    expr = [ funnel.passthru.service funnel.passthru.service-type funnel.after funnel.before funnel.name ];
    expected = [ "demo" "longrun" [ ] [ ] "six-service-demo" ];
  };
  funnelIsDerivation = { expr = funnel.type; expected = "derivation"; };
  explicitName = { expr = (named.mkFunnel { name = "other"; run = "x"; }).passthru.service; expected = "other"; };

  argvScript = {
    expr = argvForm.run;
    expected = "#!${pkgs.execline}/bin/execlineb -P\ns6-sleep 1 \"a b\"\n";
  };
  chpstScript = {
    expr = chpstForm.run;
    expected = "#!${pkgs.execline}/bin/execlineb -P\n${pkgs.s6}/bin/s6-envdir ./env ${pkgs.execline}/bin/fdmove -c 2 1 ${pkgs.s6}/bin/s6-setuidgid www daemon\n";
  };
  chpstEmptyEnv = { expr = chpstForm.env; expected = { }; };
  stringScript = { expr = [ stringForm.run stringForm.type stringForm.env stringForm.data ]; expected = [ "#!/bin/sh\nexec daemon\n" "longrun" null null ]; };

  oneshotUp = { expr = o.up; expected = "mount -t proc proc /proc\n"; };
  oneshotDown = { expr = o.down; expected = "umount /proc"; };
  oneshotRun = { expr = [ o.type o.run o.finish o.timeouts ]; expected = [ "oneshot" null null { timeout-down = 50; } ]; };
  bundleRecord = { expr = [ bundle.type bundle.contents bundle.dependencies bundle.run bundle.up ]; expected = [ "bundle" [ ] [ ] null null ]; };
  loggerPassthru = { expr = [ logger.passthru.logger logger.passthru.isLogger (record logger).type ]; expected = [ false true "longrun" ]; };
  serviceType = { expr = (record (named.mkService { type = "oneshot"; up = "x"; })).type; expected = "oneshot"; };

  # the files of the source definition directory
  funnelFiles = {
    expr = builtins.attrNames (six.files f);
    expected = [ "data/x.conf" "down-signal" "env/MODE" "env/PORT" "finish" "flag-essential" "flag-newpidns"
      "lock-fd" "max-death-tally" "notification-fd" "run" "timeout-finish" "timeout-kill" "timeout-up" "type" ];
  };
  fileContents = {
    expr = with six.files f; [ type notification-fd timeout-kill flag-essential ];
    expected = [ "longrun\n" "3\n" "200\n" "" ];
  };
  bundleFiles = {
    expr = six.files (bundle // { contents = [ "a" "b" ]; });
    expected = { type = "bundle\n"; "contents.d/a" = ""; "contents.d/b" = ""; };
  };
  oneshotFiles = {
    expr = six.files (o // { dependencies = [ "a" ]; });
    expected = { type = "oneshot\n"; up = o.up; down = o.down; timeout-down = "50\n"; "dependencies.d/a" = ""; };
  };
  pairFiles = {
    expr = six.files (stringForm // { producer-for = "t-log"; consumer-for = [ "p" "q" ]; });
    expected = { type = "longrun\n"; run = stringForm.run; producer-for = "t-log\n"; consumer-for = "p\nq\n"; };
  };
  # the record needs the spath the scope gives; the build itself only needs the dependencies' ones
  noSpath = { expr = fails (six.describeTarget funnel.passthru).name; expected = true; };
  drvWithoutSpath = { expr = fails funnel.drvPath; expected = false; };
  noSpathAttr = { expr = fails funnel.spath; expected = true; };

  # validation
  runAndArgv = { expr = fails (named.mkFunnel { run = "x"; argv = [ "y" ]; }); expected = true; };
  noRunForm = { expr = fails (named.mkFunnel { }); expected = true; };
  allThreeForms = { expr = fails (named.mkFunnel { run = "x"; argv = [ ]; chpst = { argv = [ ]; }; }); expected = true; };
  runWrongType = { expr = fails (named.mkFunnel { run = 3; }); expected = true; };
  argvNotList = { expr = fails (named.mkFunnel { argv = "x"; }); expected = true; };
  chpstNoArgv = { expr = fails (named.mkFunnel { chpst = { user = "u"; }; }); expected = true; };
  downOnLongrun = { expr = fails (named.mkFunnel { run = "x"; down = "y"; }); expected = true; };
  unknownArg = { expr = fails (named.mkFunnel { run = "x"; colour = "red"; }); expected = true; };
  negativeTimeout = { expr = fails (named.mkFunnel { run = "x"; timeout-kill = -1; }); expected = true; };
  stringTimeout = { expr = fails (named.mkOneshot { up = "x"; timeout-up = "10"; }); expected = true; };
  killOnOneshot = { expr = fails (named.mkOneshot { up = "x"; timeout-kill = 10; }); expected = true; };
  badFd = { expr = fails (named.mkFunnel { run = "x"; notification-fd = "3"; }); expected = true; };
  badEnvValue = { expr = fails (named.mkFunnel { run = "x"; env = { A = [ ]; }; }); expected = true; };
  badEnvName = { expr = fails (named.mkFunnel { run = "x"; env = { "a/b" = "1"; }; }); expected = true; };
  badData = { expr = fails (named.mkFunnel { run = "x"; data = { d = 1; }; }); expected = true; };
  badDownSignal = { expr = fails (named.mkFunnel { run = "x"; down-signal = 15; }); expected = true; };
  oneshotNoUp = { expr = fails (named.mkOneshot { down = "x"; }); expected = true; };
  oneshotWithRun = { expr = fails (named.mkOneshot { up = "x"; run = "y"; }); expected = true; };
  bundleRun = { expr = fails (named.mkBundle { run = "y"; }); expected = true; };
  afterNotList = { expr = fails (named.mkBundle { passthru.after = "x"; }); expected = true; };
  badType = { expr = fails (named.mkService { type = "daemon"; run = "x"; }); expected = true; };
  notAttrs = { expr = fails (named.mkFunnel "x"); expected = true; };
  validStillOk = { expr = fails (named.mkFunnel { run = "x"; }); expected = false; };
}
