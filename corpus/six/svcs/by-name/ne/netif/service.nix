# One network interface, configured statically with `ip` (link up, MTU, address, default route).
# Parameterised per interface: select it for one, or add more under targets.net.iface.<name>
# from a service overlay. passthru.upCommands / downCommands let other services (wireguard)
# reuse the interface setup.
{ lib, six, targets, pkgs
, interface ? throw "netif: the parameter interface (e.g. \"eth0\") is required"
, address ? null          # "192.0.2.10/24"
, gateway ? null          # "192.0.2.1"
, mtu ? null
}:
let
  fail = msg: throw "netif: ${msg}";
  ip = "${pkgs.iproute2}/bin/ip";
  isCidr = s: builtins.isString s && (builtins.match "([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}" s != null
    || builtins.match "[0-9a-fA-F:]+/[0-9]{1,3}" s != null);
  isAddr = s: builtins.isString s && (builtins.match "([0-9]{1,3}\\.){3}[0-9]{1,3}" s != null
    || builtins.match "[0-9a-fA-F:]+" s != null);
  upCommands =
    [ [ ip "link" "set" interface "up" ] ]
    ++ lib.optional (mtu != null) [ ip "link" "set" interface "mtu" (toString mtu) ]
    ++ lib.optional (address != null) [ ip "address" "add" address "dev" interface ]
    ++ lib.optional (gateway != null) [ ip "route" "add" "default" "via" gateway "dev" interface ];
  downCommands =
    lib.optional (address != null) [ ip "address" "flush" "dev" interface ]
    ++ [ [ ip "link" "set" interface "down" ] ];
  chain = cmds: lib.concatMapStrings (c: "if { ${lib.concatMapStringsSep " " six.util.execWord c} }\n") cmds + "true\n";
in
assert builtins.isString interface && builtins.match "[A-Za-z0-9_.-]{1,15}" interface != null
  || fail "interface must be a Linux interface name (1-15 characters), not ${builtins.toJSON interface}";
assert address == null || isCidr address || fail "address must be an address with a prefix length such as \"192.0.2.10/24\", not ${builtins.toJSON address}";
assert gateway == null || isAddr gateway || fail "gateway must be an IP address, not ${builtins.toJSON gateway}";
assert gateway == null || address != null || fail "a gateway needs an address on ${interface}";
assert mtu == null || builtins.isInt mtu && mtu >= 68 && mtu <= 65535 || fail "mtu must be an integer in 68..65535, not ${builtins.toJSON mtu}";
six.mkOneshot {
  name = "netif-${interface}";
  up = chain upCommands;
  down = chain downCommands;
  timeout-up = 5000;
  passthru = {
    after = [ targets.global.coldplug ];
    inherit interface address gateway mtu upCommands downCommands chain;
  };
}
