# dhcpcd in the foreground (-B), for the given interfaces (all of them when the list is empty).
{ lib, six, targets, pkgs
, interfaces ? [ ]
, ipv6 ? true
, sendHostname ? true
, persistent ? true
, extraArgs ? [ ]
}:
let fail = msg: throw "dhcpcd: ${msg}"; in
assert builtins.isList interfaces || fail "interfaces must be a list of interface names";
assert builtins.all (i: builtins.isString i && builtins.match "[A-Za-z0-9_.-]{1,15}" i != null) interfaces
  || fail "interfaces must be Linux interface names (1-15 characters), got ${builtins.toJSON interfaces}";
assert lib.unique interfaces == interfaces || fail "an interface is listed twice";
six.mkFunnel {
  run = [ "${pkgs.dhcpcd}/bin/dhcpcd" "-B" "-q" ]
    ++ lib.optional (!ipv6) "-4"
    ++ lib.optional persistent "--persistent"
    ++ lib.optional (!sendHostname) "--nohook=hostname"
    ++ extraArgs
    ++ interfaces;
  timeout-kill = 5000;
  passthru = {
    after = [ targets.global.coldplug targets.global.set-hostname ];
    inherit interfaces;
  };
}
