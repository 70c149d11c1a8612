# The Nix daemon, serving builds for non-root users; nix.conf is generated as a data file.
{ lib, six, targets, pkgs
, maxJobs ? "auto"
, cores ? 0
, sandbox ? true
, trustedUsers ? [ "root" ]
, allowedUsers ? [ "*" ]
, substituters ? [ ]
}:
let
  fail = msg: throw "nix-daemon: ${msg}";
  conf = ''
    max-jobs = ${toString maxJobs}
    cores = ${toString cores}
    sandbox = ${if sandbox then "true" else "false"}
    trusted-users = ${lib.concatStringsSep " " trustedUsers}
    allowed-users = ${lib.concatStringsSep " " allowedUsers}
  '' + lib.optionalString (substituters != [ ]) "substituters = ${lib.concatStringsSep " " substituters}\n";
in
assert maxJobs == "auto" || builtins.isInt maxJobs && maxJobs >= 0 || fail "maxJobs must be \"auto\" or a non-negative integer, not ${builtins.toJSON maxJobs}";
assert builtins.isInt cores && cores >= 0 || fail "cores must be a non-negative integer (0 = all)";
assert trustedUsers != [ ] || fail "trustedUsers must not be empty (root at least)";
six.mkFunnel {
  argv = [ "${pkgs.execline}/bin/export" "NIX_CONF_DIR" "./data" "${pkgs.nix}/bin/nix-daemon" "--daemon" ];
  data = { "nix.conf" = conf; };
  timeout-kill = 10000;
  passthru = {
    after = [ targets.global.mounts ];
    inherit maxJobs sandbox trustedUsers;
  };
}
