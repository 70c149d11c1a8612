# busybox acpid in the foreground: runs an action for each ACPI event (events: event -> command).
{ lib, six, targets, pkgs
, events ? { "button/power" = "poweroff"; }
, device ? "/dev/input/event0"
}:
let
  fail = msg: throw "acpid: ${msg}";
  known = [ "button/power" "button/sleep" "button/lid" "ac_adapter" "battery" "video/brightnessup" "video/brightnessdown" ];
  unknown = builtins.filter (e: !(builtins.elem e known)) (builtins.attrNames events);
in
assert builtins.isAttrs events || fail "events must be an attribute set of event to command";
assert unknown == [ ] || fail "unknown ACPI event(s) ${lib.concatStringsSep ", " unknown}; known: ${lib.concatStringsSep ", " known}";
assert builtins.all builtins.isString (builtins.attrValues events) || fail "each event's action must be a command string";
six.mkFunnel {
  run = [ "${pkgs.busybox-daemons}/bin/acpid" "-f" "-d" "-c" "data" "-e" device ];
  data = lib.mapAttrs' (e: cmd: lib.nameValuePair (builtins.replaceStrings [ "/" ] [ "_" ] e) "${cmd}\n") events;
  passthru = {
    after = [ targets.global.coldplug ];
    inherit events;
  };
}
