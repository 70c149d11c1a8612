# busybox syslogd in the foreground, itself a logger (it writes files; it needs no logger of its
# own). Logs go to a rotated file and, when `remote` is set, also to a remote host.
{ lib, six, targets, pkgs
, logFile ? "/var/log/messages"
, rotateSize ? 200        # KiB, 0 = never rotate
, rotateCount ? 5
, remote ? null           # "host" or "host:port"
, smallerOutput ? false
}:
let fail = msg: throw "syslogd: ${msg}"; in
assert lib.hasPrefix "/" logFile || fail "logFile must be an absolute path, not ${builtins.toJSON logFile}";
assert builtins.isInt rotateSize && rotateSize >= 0 || fail "rotateSize must be a non-negative integer (KiB)";
assert builtins.isInt rotateCount && rotateCount >= 0 && rotateCount <= 99 || fail "rotateCount must be an integer in 0..99";
assert remote == null || builtins.isString remote && builtins.match "[A-Za-z0-9.:_-]+" remote != null || fail "remote must be null or \"host[:port]\", not ${builtins.toJSON remote}";
six.mkLogger {
  run = [ "${pkgs.busybox-daemons}/bin/syslogd" "-n" "-O" logFile "-s" (toString rotateSize) "-b" (toString rotateCount) ]
    ++ lib.optionals (remote != null) [ "-R" remote "-L" ]
    ++ lib.optional smallerOutput "-S";
  passthru = {
    after = [ targets.global.mounts ];
    before = lib.optional (targets ? cron) targets.cron;
    inherit logFile remote;
  };
}
