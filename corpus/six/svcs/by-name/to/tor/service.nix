# Tor, as a client (SOCKS proxy) or, with relay = true, a relay with an ORPort. Logs go to its own
# logger, which keeps more, smaller files than the default one.
{ lib, six, targets, pkgs
, relay ? false
, socksPort ? 9050
, orPort ? (if relay then 9001 else null)
, nickname ? null
, contactInfo ? null
, exitPolicy ? [ "reject *:*" ]
, dataDir ? "/var/lib/tor"
}:
let
  fail = msg: throw "tor: ${msg}";
  validPort = p: builtins.isInt p && p >= 0 && p <= 65535;
  torrc = lib.concatStrings ([
    "SocksPort ${toString socksPort}\n"
    "DataDirectory ${dataDir}\n"
    "User tor\n"
  ] ++ lib.optionals relay ([
    "ORPort ${toString orPort}\n"
    "Nickname ${nickname}\n"
  ] ++ lib.optional (contactInfo != null) "ContactInfo ${contactInfo}\n"
    ++ map (e: "ExitPolicy ${e}\n") exitPolicy));
in
assert builtins.isBool relay || fail "relay must be a boolean";
assert validPort socksPort || fail "socksPort must be an integer in 0..65535 (0 disables it), not ${builtins.toJSON socksPort}";
assert !relay || orPort != null && validPort orPort && orPort > 0 || fail "a relay needs orPort, an integer in 1..65535";
assert !relay || nickname != null || fail "a relay needs a nickname";
assert nickname == null || builtins.match "[A-Za-z0-9]{1,19}" nickname != null || fail "nickname must be 1-19 letters or digits, not ${builtins.toJSON nickname}";
assert relay || socksPort != 0 || fail "a client (relay = false) with socksPort = 0 does nothing";
six.mkFunnel {
  run = [ "${pkgs.tor}/bin/tor" "-f" "./data/torrc" "--RunAsDaemon" "0" ];
  data = { torrc = torrc; };
  down-signal = "SIGINT";
  timeout-kill = 35000;
  passthru = {
    after = [ targets.global.mounts ]
      ++ lib.optional (targets ? openntpd) targets.openntpd
      ++ lib.optional (targets ? dhcpcd) targets.dhcpcd;
    inherit relay socksPort orPort;
    logger = spath: producer: six.mkLogger {
      name = "${lib.concatStringsSep "." spath}-log";
      run = [ "${pkgs.s6}/bin/s6-log" "-d3" "n50" "s100000" "T" "/var/log/tor" ];
      notification-fd = 3;
    };
  };
}
