# seatd, the seat management daemon; readiness on fd 3 (-n 3).
{ lib, six, targets, pkgs, group ? "seat", logLevel ? "info" }:
let
  fail = msg: throw "seatd: ${msg}";
  levels = [ "silent" "error" "info" "debug" ];
in
assert builtins.elem logLevel levels || fail "logLevel must be one of ${lib.concatStringsSep ", " levels}, not ${builtins.toJSON logLevel}";
assert builtins.isString group && group != "" || fail "group must be a group name";
six.mkFunnel {
  argv = [ "${pkgs.seatd}/bin/seatd" "-n" "3" "-g" group "-l" logLevel ];
  notification-fd = 3;
  passthru = {
    after = [ targets.global.coldplug ];
    inherit group;
  };
}
