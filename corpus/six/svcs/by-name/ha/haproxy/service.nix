# HAProxy in master-worker foreground mode (-W -db); haproxy.cfg is generated from frontends
# (name -> { bind; backend; mode ? "http"; }) and backends (name -> { servers; balance ? "roundrobin"; }).
{ lib, six, targets, pkgs
, frontends ? { }
, backends ? { }
, maxconn ? 4096
}:
let
  fail = msg: throw "haproxy: ${msg}";
  balances = [ "roundrobin" "static-rr" "leastconn" "first" "source" "uri" ];
  checkFrontend = n: f:
    if !(f ? bind && f ? backend) then fail "frontends.${n} needs bind and backend"
    else if !(backends ? ${f.backend}) then fail "frontends.${n}.backend ${builtins.toJSON f.backend} is not among backends (${lib.concatStringsSep ", " (builtins.attrNames backends)})"
    else if !(builtins.elem (f.mode or "http") [ "http" "tcp" ]) then fail "frontends.${n}.mode must be http or tcp"
    else true;
  checkBackend = n: b:
    if !(builtins.isList (b.servers or null)) || b.servers == [ ] then fail "backends.${n}.servers must be a non-empty list of \"host:port\""
    else if !(builtins.elem (b.balance or "roundrobin") balances) then fail "backends.${n}.balance must be one of ${lib.concatStringsSep ", " balances}"
    else true;
  cfg = ''
    global
      maxconn ${toString maxconn}
    defaults
      timeout connect 5s
      timeout client 30s
      timeout server 30s
  '' + lib.concatStrings (lib.mapAttrsToList (n: f: ''
    frontend ${n}
      mode ${f.mode or "http"}
      bind ${f.bind}
      default_backend ${f.backend}
  '') frontends) + lib.concatStrings (lib.mapAttrsToList (n: b: ''
    backend ${n}
      balance ${b.balance or "roundrobin"}
  '' + lib.concatStrings (lib.imap0 (i: s: "  server ${n}${toString i} ${s} check\n") b.servers)) backends);
in
assert builtins.all (x: x) (lib.mapAttrsToList checkBackend backends);
assert builtins.all (x: x) (lib.mapAttrsToList checkFrontend frontends);
assert builtins.isInt maxconn && maxconn > 0 || fail "maxconn must be a positive integer";
six.mkFunnel {
  run = [ "${pkgs.haproxy}/bin/haproxy" "-W" "-db" "-f" "data/haproxy.cfg" ];
  data = { "haproxy.cfg" = cfg; };
  down-signal = "SIGUSR1";
  passthru = {
    after = [ targets.global.mounts ]
      ++ lib.optional (targets ? netif) targets.netif
      ++ lib.optional (targets ? nginx) targets.nginx;
    inherit frontends backends;
  };
}
