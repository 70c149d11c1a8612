# rsync in daemon mode (--no-detach); rsyncd.conf is generated from modules
# (name -> { path; readOnly ? true; comment ? ""; }).
{ lib, six, targets, pkgs
, modules ? { }
, port ? 873
, address ? null
, maxConnections ? 10
}:
let
  fail = msg: throw "rsyncd: ${msg}";
  checkModule = n: m:
    if builtins.match "[A-Za-z0-9_.-]+" n == null then fail "module name ${builtins.toJSON n} has characters rsync does not accept"
    else if !(m ? path && lib.hasPrefix "/" m.path) then fail "modules.${n}.path must be an absolute path"
    else true;
  conf = ''
    use chroot = yes
    max connections = ${toString maxConnections}
    log file = /dev/stdout
  '' + lib.concatStrings (lib.mapAttrsToList (n: m: ''
    [${n}]
      path = ${m.path}
      read only = ${if m.readOnly or true then "yes" else "no"}
      comment = ${m.comment or ""}
  '') modules);
in
assert builtins.isInt port && port >= 1 && port <= 65535 || fail "port must be an integer in 1..65535";
assert builtins.all (x: x) (lib.mapAttrsToList checkModule modules);
assert builtins.isInt maxConnections && maxConnections >= 0 || fail "maxConnections must be a non-negative integer (0 = unlimited)";
six.mkFunnel {
  run = [ "${pkgs.rsync}/bin/rsync" "--daemon" "--no-detach" "--config=data/rsyncd.conf" "--port=${toString port}" ]
    ++ lib.optional (address != null) "--address=${address}";
  data = { "rsyncd.conf" = conf; };
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    inherit port modules;
  };
}
