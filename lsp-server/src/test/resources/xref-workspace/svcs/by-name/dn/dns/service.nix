# A caching resolver; its zone data is in zones.nix next to it.
{ lib, six, targets, pkgs
, port ? 53
, upstream ? [ "9.9.9.9" ]
, hello
}:
let
  zones = import ./zones.nix;
in
six.mkFunnel {
  run = [ "${pkgs.hello}/bin/dns" "-p" (toString port) ] ++ upstream;
  data = { inherit zones; };
  passthru = {
    after = [ targets.netif ];
    inherit port;
  };
}
