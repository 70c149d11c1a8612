# busybox tftpd behind udpsvd (one process per request), chrooted to `root`.
{ lib, six, targets, pkgs
, root ? "/srv/tftp"
, address ? "0.0.0.0"
, port ? 69
, readOnly ? true
, user ? "nobody"
}:
let fail = msg: throw "tftpd: ${msg}"; in
assert lib.hasPrefix "/" root || fail "root must be an absolute path, not ${builtins.toJSON root}";
assert builtins.isInt port && port >= 1 && port <= 65535 || fail "port must be an integer in 1..65535";
assert user != "root" || fail "refusing to serve TFTP as root; pick an unprivileged user";
six.mkFunnel {
  argv = [ "${pkgs.busybox-daemons}/bin/udpsvd" "-vE" address (toString port)
    "${pkgs.busybox-daemons}/bin/tftpd" "-u" user ] ++ lib.optional (!readOnly) "-c" ++ [ root ];
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    inherit root port;
  };
}
