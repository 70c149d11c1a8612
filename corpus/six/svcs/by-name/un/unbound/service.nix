# Unbound, a validating recursive resolver, in the foreground (-d); unbound.conf is generated.
{ lib, six, targets, pkgs
, interfaces ? [ "127.0.0.1" ]
, port ? 53
, accessControl ? { "127.0.0.0/8" = "allow"; }
, forwardZones ? { }      # zone -> list of addresses
, dnssec ? true
}:
let
  fail = msg: throw "unbound: ${msg}";
  actions = [ "allow" "deny" "refuse" "allow_snoop" "deny_non_local" "refuse_non_local" ];
  conf = ''
    server:
      username: unbound
      do-daemonize: no
      port: ${toString port}
  '' + lib.concatMapStrings (i: "  interface: ${i}\n") interfaces
    + lib.concatStrings (lib.mapAttrsToList (n: a: "  access-control: ${n} ${a}\n") accessControl)
    + lib.optionalString dnssec "  auto-trust-anchor-file: /var/lib/unbound/root.key\n"
    + lib.concatStrings (lib.mapAttrsToList (z: addrs:
        "forward-zone:\n  name: \"${z}\"\n" + lib.concatMapStrings (a: "  forward-addr: ${a}\n") addrs) forwardZones);
in
assert builtins.isInt port && port >= 1 && port <= 65535 || fail "port must be an integer in 1..65535";
assert interfaces != [ ] || fail "interfaces must not be empty";
assert builtins.all (a: builtins.elem a actions) (builtins.attrValues accessControl)
  || fail "accessControl values must be among ${lib.concatStringsSep ", " actions}";
assert builtins.all (v: builtins.isList v && v != [ ]) (builtins.attrValues forwardZones)
  || fail "forwardZones values must be non-empty lists of addresses";
assert !(targets ? dnscache) || port != 53 || !(builtins.elem targets.dnscache.passthru.ip interfaces)
  || fail "${targets.dnscache.passthru.ip}:53 is already dnscache's; change port or interfaces";
six.mkFunnel {
  run = [ "${pkgs.unbound}/bin/unbound" "-d" "-p" "-c" "data/unbound.conf" ];
  data = { "unbound.conf" = conf; };
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    before = lib.optional (targets ? openntpd) targets.openntpd;
    inherit port interfaces;
  };
}
