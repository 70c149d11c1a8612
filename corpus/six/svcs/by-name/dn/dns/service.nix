# A bundle of the host's DNS servers (resolvers and authoritative).
{ lib, six, targets, members ? [ "dnscache" "unbound" "tinydns" ] }:
let
  present = builtins.filter (n: targets ? ${n}) members;
in
assert present != [ ] || throw "dns: none of ${lib.concatStringsSep ", " members} is selected; the bundle would be empty";
six.mkBundle {
  contents = map (n: targets.${n}) present;
  passthru.members = present;
}
