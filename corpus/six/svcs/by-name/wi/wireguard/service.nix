# A WireGuard tunnel. It composes the netif service: the interface's address/MTU/route setup is
# netif's own (services.netif called for this interface), preceded by creating the link and
# loading the peers with `wg`. The peers' configuration is a data-like generated file.
{ lib, six, targets, services, pkgs
, interface ? "wg0"
, address ? throw "wireguard: the parameter address (e.g. \"10.100.0.1/24\") is required"
, privateKeyFile ? "/etc/wireguard/${interface}.key"
, listenPort ? 51820
, mtu ? 1420
, peers ? [ ]
}:
let
  fail = msg: throw "wireguard: ${msg}";
  wg = "${pkgs.wireguard-tools}/bin/wg";
  ip = "${pkgs.iproute2}/bin/ip";
  # the plain interface, configured by netif; its passthru carries the commands we reuse
  base = services.netif { inherit interface address mtu; };
  checkPeer = i: p:
    let where = "peers[${toString i}]"; in
    if !(builtins.isAttrs p) then fail "${where} must be an attribute set"
    else if !(p ? publicKey) then fail "${where} needs publicKey"
    else if builtins.match "[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=" p.publicKey == null
      then fail "${where}.publicKey is not a base64 WireGuard key (44 characters)"
    else if !(builtins.isList (p.allowedIPs or null)) || p.allowedIPs == [ ] then fail "${where}.allowedIPs must be a non-empty list"
    else if p ? endpoint && builtins.match ".+:[0-9]+" p.endpoint == null then fail "${where}.endpoint must be \"host:port\", not ${builtins.toJSON p.endpoint}"
    else if p ? persistentKeepalive && !(builtins.isInt p.persistentKeepalive && p.persistentKeepalive >= 0 && p.persistentKeepalive <= 65535)
      then fail "${where}.persistentKeepalive must be an integer in 0..65535"
    else true;
  peerArgs = p: [ "peer" p.publicKey "allowed-ips" (lib.concatStringsSep "," p.allowedIPs) ]
    ++ lib.optionals (p ? endpoint) [ "endpoint" p.endpoint ]
    ++ lib.optionals (p ? persistentKeepalive) [ "persistent-keepalive" (toString p.persistentKeepalive) ];
  upCommands =
    [ [ ip "link" "add" "dev" interface "type" "wireguard" ]
      ([ wg "set" interface "listen-port" (toString listenPort) "private-key" privateKeyFile ] ++ lib.concatMap peerArgs peers) ]
    ++ base.passthru.upCommands;
in
assert builtins.isInt listenPort && listenPort >= 1 && listenPort <= 65535 || fail "listenPort must be an integer in 1..65535, not ${builtins.toJSON listenPort}";
assert builtins.isList peers || fail "peers must be a list of attribute sets";
assert builtins.all (x: x) (lib.imap0 checkPeer peers);
assert lib.unique (map (p: p.publicKey) peers) == map (p: p.publicKey) peers || fail "two peers have the same publicKey";
six.mkOneshot {
  up = base.passthru.chain upCommands;
  down = base.passthru.chain [ [ ip "link" "delete" "dev" interface ] ];
  timeout-up = 10000;
  passthru = {
    after = base.passthru.after
      ++ lib.optional (targets ? netif) targets.netif
      ++ lib.optional (targets ? dhcpcd) targets.dhcpcd;
    inherit interface listenPort peers upCommands;
    netif = base;
  };
}
