# busybox crond in the foreground, reading a crontab generated from jobs ("m h dom mon dow
# command" lines). Its output is caught by the plain uncaught-logs logger.
{ lib, six, targets, services, pkgs
, jobs ? [ ]
, logLevel ? 8
}:
let
  fail = msg: throw "cron: ${msg}";
  field = "[0-9*/,-]+";
  isJob = j: builtins.isString j && builtins.match "(@(reboot|yearly|annually|monthly|weekly|daily|hourly)|${field} ${field} ${field} ${field} ${field}) +[^ ].*" j != null;
  bad = builtins.filter (j: !(isJob j)) jobs;
in
assert builtins.isList jobs || fail "jobs must be a list of crontab lines";
assert bad == [ ] || fail "not a crontab line (five time fields or @keyword, then a command): ${builtins.toJSON (builtins.head bad)}";
assert builtins.isInt logLevel && logLevel >= 0 && logLevel <= 8 || fail "logLevel must be an integer in 0..8";
six.mkFunnel {
  run = [ "${pkgs.busybox-daemons}/bin/crond" "-f" "-l" (toString logLevel) "-c" "data/crontabs" ];
  data = { root = lib.concatMapStrings (j: j + "\n") jobs; };
  passthru = {
    after = [ targets.global.mounts targets.global.hwclock ];
    logger = services.uncaughtLogs;
    inherit jobs;
  };
}
