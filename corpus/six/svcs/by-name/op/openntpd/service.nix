# OpenNTPD in the foreground (-d); waits for the RTC to be read and for the network.
{ lib, six, targets, pkgs
, servers ? [ "pool.ntp.org" ]
, constraints ? [ "https://www.google.com" ]
, listenOn ? [ ]
, setClockImmediately ? true
}:
let
  fail = msg: throw "openntpd: ${msg}";
  conf = lib.concatStrings (map (s: "servers ${s}\n") servers
    ++ map (c: "constraints from \"${c}\"\n") constraints
    ++ map (l: "listen on ${l}\n") listenOn);
in
assert builtins.isList servers && servers != [ ] || fail "servers must be a non-empty list of host names";
assert builtins.all (c: lib.hasPrefix "https://" c) constraints || fail "constraints must be https:// URLs";
six.mkFunnel {
  run = [ "${pkgs.openntpd}/bin/ntpd" "-d" "-f" "./data/ntpd.conf" ] ++ lib.optional setClockImmediately "-s";
  data = { "ntpd.conf" = conf; };
  passthru = {
    after = [ targets.global.hwclock ]
      ++ lib.optional (targets ? netif) targets.netif
      ++ lib.optional (targets ? dhcpcd) targets.dhcpcd
      ++ lib.optional (targets ? dnscache) targets.dnscache;
    inherit servers;
  };
}
