# djbdns tinydns: an authoritative server answering from data.cdb under `root`. It cannot share
# an address with dnscache (both bind port 53).
{ lib, six, targets, pkgs
, ip ? throw "tinydns: the parameter ip (the address to answer on) is required"
, root ? "/etc/tinydns/root"
, user ? "tinydns"
}:
let
  fail = msg: throw "tinydns: ${msg}";
  isIPv4 = s: builtins.isString s && builtins.match "([0-9]{1,3}\\.){3}[0-9]{1,3}" s != null;
in
assert isIPv4 ip || fail "ip must be an IPv4 address, not ${builtins.toJSON ip}";
assert !(targets ? dnscache) || targets.dnscache.passthru.ip != ip
  || fail "ip ${ip} is already dnscache's; tinydns and dnscache both bind port 53";
assert lib.hasPrefix "/" root || fail "root must be an absolute path";
six.mkFunnel {
  chpst = { argv = [ "${pkgs.djbdns}/bin/tinydns" ]; inherit user; cwd = root; softlimit = 300000; };
  env = { IP = ip; ROOT = root; };
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    inherit ip;
  };
}
