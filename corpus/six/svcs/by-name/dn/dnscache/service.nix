# djbdns dnscache: a recursive resolver for the local network, as user `dnscache`, configured
# through its environment (IP, IPSEND, CACHESIZE, ROOT).
{ lib, six, targets, pkgs
, ip ? "127.0.0.1"
, ipSend ? "0.0.0.0"
, cacheSize ? 1000000
, root ? "/etc/dnscache/root"
, forwardOnly ? false
, user ? "dnscache"
}:
let
  fail = msg: throw "dnscache: ${msg}";
  isIPv4 = s: builtins.isString s && builtins.match "([0-9]{1,3}\\.){3}[0-9]{1,3}" s != null;
in
assert isIPv4 ip || fail "ip must be an IPv4 address, not ${builtins.toJSON ip}";
assert isIPv4 ipSend || fail "ipSend must be an IPv4 address, not ${builtins.toJSON ipSend}";
assert builtins.isInt cacheSize && cacheSize >= 4096 || fail "cacheSize must be an integer of at least 4096 bytes, not ${builtins.toJSON cacheSize}";
six.mkFunnel {
  chpst = {
    argv = [ "${pkgs.djbdns}/bin/dnscache" ];
    inherit user;
    softlimit = cacheSize + 3000000;
    cwd = root;
  };
  env = { IP = ip; IPSEND = ipSend; CACHESIZE = cacheSize; ROOT = root; }
    // lib.optionalAttrs forwardOnly { FORWARDONLY = "1"; };
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    inherit ip cacheSize;
  };
}
