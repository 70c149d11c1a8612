# Starts after ping (see ping/service.nix), which starts after pong.
{ six, targets, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/nc" "-lkp" "7002" ];
  after = [ targets.ping ];
}
