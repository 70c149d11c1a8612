# Listens one port above pong, which listens one port above ping: the ports never settle.
{ six, targets, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/nc" "-lkp" (toString (targets.pong.port + 1)) ];
  passthru.port = targets.pong.port + 1;
}
