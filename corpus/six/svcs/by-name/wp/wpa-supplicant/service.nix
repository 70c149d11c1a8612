# wpa_supplicant for one wireless interface; it must run before dhcpcd asks for a lease.
{ lib, six, targets, pkgs
, interface ? "wlan0"
, driver ? "nl80211"
, configFile ? "/etc/wpa_supplicant.conf"
, controlGroup ? "wheel"
}:
let
  fail = msg: throw "wpa-supplicant: ${msg}";
  drivers = [ "nl80211" "wext" "wired" "none" ];
in
assert builtins.elem driver drivers || fail "driver must be one of ${lib.concatStringsSep ", " drivers}, not ${builtins.toJSON driver}";
assert builtins.isString interface && builtins.match "[A-Za-z0-9_.-]{1,15}" interface != null || fail "interface must be a Linux interface name, not ${builtins.toJSON interface}";
assert lib.hasPrefix "/" configFile || fail "configFile must be an absolute path";
six.mkFunnel {
  run = [ "${pkgs.wpa_supplicant}/bin/wpa_supplicant" "-s" "-i" interface "-D" driver "-c" configFile
    "-G" controlGroup ];
  passthru = {
    after = [ targets.global.coldplug ];
    before = lib.optional (targets ? dhcpcd) targets.dhcpcd;
    inherit interface driver;
  };
}
