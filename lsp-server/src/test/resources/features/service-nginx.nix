# nginx in the foreground; nginx.conf is generated from virtualHosts (name -> { listen ? 80;
# root or proxyPass; serverAliases ? [ ]; }) and written as a data file.
{ lib, six, targets, pkgs
, virtualHosts ? { }
, workerProcesses ? "auto"
, workerConnections ? 1024
, user ? "nginx"
}:
let
  fail = msg: throw "nginx: ${msg}";
  checkHost = name: v:
    let where = "virtualHosts.${name}"; listen = v.listen or 80; in
    if !(builtins.isAttrs v) then fail "${where} must be an attribute set"
    else if (v ? root) == (v ? proxyPass) then fail "${where} needs exactly one of root and proxyPass"
    else if !(builtins.isInt listen && listen >= 1 && listen <= 65535) then fail "${where}.listen must be a port in 1..65535, not ${builtins.toJSON listen}"
    else if v ? root && !(lib.hasPrefix "/" v.root) then fail "${where}.root must be an absolute path"
    else if v ? proxyPass && builtins.match "https?://.+" v.proxyPass == null then fail "${where}.proxyPass must be an http:// or https:// URL"
    else true;
  server = name: v: ''
      server {
        listen ${toString (v.listen or 80)};
        server_name ${lib.concatStringsSep " " ([ name ] ++ v.serverAliases or [ ])};
    ${if v ? root then "    root ${v.root};" else "    location / { proxy_pass ${v.proxyPass}; }"}
      }
  '';
  conf = ''
    daemon off;
    user ${user};
    worker_processes ${toString workerProcesses};
    error_log stderr;
    pid /run/nginx.pid;
    events { worker_connections ${toString workerConnections}; }
    http {
      access_log /var/log/nginx/access.log;
  '' + lib.concatStrings (lib.mapAttrsToList server virtualHosts) + "}\n";
in
assert builtins.isAttrs virtualHosts || fail "virtualHosts must be an attribute set of server name to settings";
assert builtins.all (x: x) (lib.mapAttrsToList checkHost virtualHosts);
assert workerProcesses == "auto" || builtins.isInt workerProcesses && workerProcesses > 0 || fail "workerProcesses must be \"auto\" or a positive integer";
six.mkFunnel {
  run = [ "${pkgs.nginx}/bin/nginx" "-c" "data/nginx.conf" "-p" "." ];
  data = { "nginx.conf" = conf; };
  down-signal = "SIGQUIT";
  passthru = {
    after = [ targets.global.mounts ]
      ++ lib.optional (targets ? netif) targets.netif
      ++ lib.optional (targets ? dhcpcd) targets.dhcpcd;
    inherit virtualHosts;
  };
}
