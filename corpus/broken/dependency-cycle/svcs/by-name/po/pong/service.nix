# Listens one port above ping (see ping/service.nix).
{ six, targets, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/nc" "-lkp" (toString (targets.ping.port + 1)) ];
  passthru.port = targets.ping.port + 1;
}
