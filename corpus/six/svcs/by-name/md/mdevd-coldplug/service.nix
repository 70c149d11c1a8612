# Replays the uevents of devices present at boot, once mdevd listens. The wiring layer puts it
# before global.coldplug, which services wait for when they need /dev populated.
{ lib, six, targets, pkgs, timeout ? 30000 }:
let fail = msg: throw "mdevd-coldplug: ${msg}"; in
assert targets ? mdevd || fail "needs the mdevd service (select mdevd too)";
assert builtins.isInt timeout && timeout > 0 || fail "timeout must be a positive integer (ms)";
six.mkOneshot {
  up = [ "${pkgs.mdevd}/bin/mdevd-coldplug" "-O" "4" ];
  timeout-up = timeout;
  passthru.after = [ targets.mdevd ];
}
