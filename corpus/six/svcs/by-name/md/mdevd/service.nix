# mdevd, the netlink uevent daemon: creates device nodes and loads firmware. It signals readiness
# on fd 3 once it listens, so mdevd-coldplug can replay the kernel's uevents after it.
{ lib, six, targets, pkgs
, conf ? "$MODALIAS=.* 0:0 660 @modprobe -b \"$MODALIAS\"\n"
, firmwareDir ? "/lib/firmware"
, bufferSize ? 1048576
, verbosity ? 1
}:
let fail = msg: throw "mdevd: ${msg}"; in
assert builtins.isInt bufferSize && bufferSize >= 65536 || fail "bufferSize must be an integer of at least 65536, not ${builtins.toJSON bufferSize}";
assert builtins.elem verbosity [ 0 1 2 3 ] || fail "verbosity must be 0, 1, 2 or 3";
assert lib.hasPrefix "/" firmwareDir || fail "firmwareDir must be an absolute path";
six.mkFunnel {
  argv = [ "${pkgs.mdevd}/bin/mdevd" "-D" "3" "-v" (toString verbosity) "-b" (toString bufferSize)
    "-f" "./data/mdev.conf" "-F" firmwareDir ];
  notification-fd = 3;
  data = { "mdev.conf" = conf; };
  essential = true;
  passthru = {
    after = [ targets.global.mounts ];
    inherit firmwareDir;
  };
}
