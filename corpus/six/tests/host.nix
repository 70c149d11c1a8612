# The source-tree description of a small test host built from the fixture services: exact records,
# plain data only (what the Java emitter reads). The list of failing tests, [ ] when all pass.
let
  lib = import ../../lib;
  runTests = import ../../lib/tests/fixtures/run-tests.nix;
  six = import ../. { by-name-dir = ./fixtures/svcs/by-name; };
  inherit (six) pkgs;
  infuse = (import ../../infuse { }).infuse;

  host = {
    name = "toy";
    canonical = "aarch64-unknown-linux-gnu";
    tags = { is-test = true; };
    services = { echo = { message = "hello world"; }; setup = { }; quiet = { }; };
    service-overlays = [
      (final: prev: infuse prev {
        targets.ticker.__init = final.services.ticker { interval = 7; };
        targets.setup.__input.dir.__assign = "/run/toy";
      })
      (final: prev: infuse prev {
        targets.quiet.__output.passthru.after.__append = lib.optional final.host.tags.is-test final.targets.setup;
      })
    ];
  };
  d = six.describeHost host;
  plain = x: builtins.fromJSON (builtins.unsafeDiscardStringContext (builtins.toJSON x)) == x;
  record = {
    consumer-for = [ ]; contents = [ ]; data = null; dependencies = [ ]; down = null; down-signal = null;
    env = null; finish = null; flags = [ ]; lock-fd = null; max-death-tally = null; notification-fd = null;
    producer-for = null; run = null; timeouts = { }; up = null;
  };
in
runTests {
  normalised = { expr = with six.normaliseHost host; [ arch hostname ]; expected = [ "aarch64" "toy" ]; };
  names = {
    expr = builtins.attrNames d;
    expected = [ "default" "echo" "echo-log" "global.coldplug" "global.hwclock" "global.mounts" "global.set-hostname"
      "quiet" "setup" "ticker" "ticker-log" ];
  };
  isPlainData = { expr = plain d; expected = true; };
  sameKeysEverywhere = {
    expr = lib.unique (lib.mapAttrsToList (n: r: builtins.attrNames r) d);
    expected = [ (builtins.attrNames (record // { name = null; spath = null; type = null; })) ];
  };
  echo = {
    expr = d.echo;
    expected = record // {
      name = "echo"; spath = [ "echo" ]; type = "longrun";
      run = "#!${pkgs.busybox}/bin/sh\nexec 2>&1\nexec ${pkgs.busybox}/bin/echo 'hello world'\n";
      dependencies = [ "setup" ]; notification-fd = 3; timeouts = { timeout-kill = 500; };
      producer-for = "echo-log";
    };
  };
  setup = {
    expr = d.setup;
    expected = record // {
      name = "setup"; spath = [ "setup" ]; type = "oneshot";
      up = "mkdir -p /run/toy\n"; down = "true\n"; flags = [ "essential" ]; timeouts = { timeout-up = 1000; };
    };
  };
  quiet = {
    expr = d.quiet;
    expected = record // {
      name = "quiet"; spath = [ "quiet" ]; type = "longrun";
      run = "#!${pkgs.execline}/bin/execlineb -P\nsleep infinity\n";
      dependencies = [ "echo" "setup" ]; flags = [ "newpidns" ]; data = { motd = "quiet please\n"; };
    };
  };
  ticker = {
    expr = d.ticker;
    expected = record // {
      name = "ticker"; spath = [ "ticker" ]; type = "longrun";
      run = "#!${pkgs.execline}/bin/execlineb -P\n${pkgs.s6}/bin/s6-envdir ./env ${pkgs.execline}/bin/fdmove -c 2 1 ${pkgs.s6}/bin/s6-setuidgid nobody ${pkgs.busybox}/bin/sleep 7\n";
      finish = "#!/bin/sh\nexit 0\n"; env = { INTERVAL = "7"; }; timeouts = { timeout-finish = 100; };
      producer-for = "ticker-log";
    };
  };
  # ticker's logger is services.uncaughtLogs, echo's the default one
  tickerLog = {
    expr = d.ticker-log;
    expected = record // {
      name = "ticker-log"; spath = [ "ticker-log" ]; type = "longrun";
      run = "#!${pkgs.busybox}/bin/sh\nexec 2>&1\nexec ${pkgs.s6}/bin/s6-cat\n";
      consumer-for = [ "ticker" ];
    };
  };
  echoLog = {
    expr = d.echo-log;
    expected = record // {
      name = "echo-log"; spath = [ "echo-log" ]; type = "longrun";
      run = "#!${pkgs.busybox}/bin/sh\nexec 2>&1\nexec ${pkgs.s6}/bin/s6-log -d3 n20 s1000000 T /var/log/echo\n";
      notification-fd = 3; consumer-for = [ "echo" ];
    };
  };
  default = { expr = d.default.contents; expected = [ "echo" "quiet" "setup" "ticker" ]; };
  mounts = { expr = d."global.mounts"; expected = record // { name = "global.mounts"; spath = [ "global" "mounts" ]; type = "bundle"; contents = [ "setup" ]; }; };
  # the targets build into directories whose files are those the description lists
  setupFiles = {
    expr = six.files d.setup;
    expected = { type = "oneshot\n"; up = "mkdir -p /run/toy\n"; down = "true\n"; flag-essential = ""; timeout-up = "1000\n"; };
  };
  drvNames = { expr = (six.configure host).targets.loggers.ticker.name; expected = "six-service-ticker-log"; };
}
