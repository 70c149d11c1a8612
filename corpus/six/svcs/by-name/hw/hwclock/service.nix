# Sets the system clock from the RTC at boot (hctosys) and, on the way down, the RTC from the
# system clock (systohc). Joins global.hwclock.
{ lib, six, targets, pkgs, utc ? true, rtc ? "/dev/rtc0", saveOnShutdown ? true }:
let
  fail = msg: throw "hwclock: ${msg}";
  common = [ "${pkgs.busybox}/bin/hwclock" "-f" rtc (if utc then "-u" else "-l") ];
in
assert builtins.isBool utc || fail "utc must be a boolean";
assert builtins.match "/dev/rtc[0-9]*" rtc != null || fail "rtc must be an RTC device such as /dev/rtc0, not ${builtins.toJSON rtc}";
six.mkOneshot {
  up = common ++ [ "-s" ];
  down = if saveOnShutdown then common ++ [ "-w" ] else null;
  passthru = {
    after = [ targets.global.coldplug ];
    before = [ targets.global.hwclock ];
    inherit utc rtc;
  };
}
