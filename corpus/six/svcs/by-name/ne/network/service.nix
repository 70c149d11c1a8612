# A bundle of whatever network services the host selects (netif, wireguard, wpa-supplicant,
# dhcpcd): depend on it to wait for the network as configured.
{ lib, six, targets, members ? [ "netif" "wpa-supplicant" "dhcpcd" "wireguard" ] }:
let
  present = builtins.filter (n: targets ? ${n}) members;
in
assert present != [ ] || throw "network: none of ${lib.concatStringsSep ", " members} is selected; the bundle would be empty";
six.mkBundle {
  contents = map (n: targets.${n}) present;
  passthru.members = present;
}
