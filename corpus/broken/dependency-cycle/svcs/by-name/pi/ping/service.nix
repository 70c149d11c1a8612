# Answers pings once pong is up, and pong waits for ping: an `after` cycle.
{ six, targets, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/nc" "-lkp" "7001" ];
  after = [ targets.pong ];
}
