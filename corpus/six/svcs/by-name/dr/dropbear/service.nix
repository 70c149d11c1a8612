# Dropbear, a small SSH server, in the foreground (-F -E). It cannot share a port with sshd.
{ lib, six, targets, pkgs
, port ? 22
, passwordAuthentication ? false
, permitRootLogin ? false
, hostKeys ? [ "/etc/dropbear/dropbear_ed25519_host_key" ]
}:
let fail = msg: throw "dropbear: ${msg}"; in
assert builtins.isInt port && port >= 1 && port <= 65535 || fail "port must be an integer in 1..65535, not ${builtins.toJSON port}";
assert !(targets ? sshd) || targets.sshd.passthru.port != port
  || fail "port ${toString port} is already sshd's; give dropbear another port";
assert hostKeys != [ ] || fail "hostKeys must name at least one key file";
six.mkFunnel {
  run = [ "${pkgs.dropbear}/bin/dropbear" "-F" "-E" "-R" "-p" (toString port) ]
    ++ lib.optional (!passwordAuthentication) "-s"
    ++ lib.optional (!permitRootLogin) "-w"
    ++ lib.concatMap (k: [ "-r" k ]) hostKeys;
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    inherit port;
  };
}
