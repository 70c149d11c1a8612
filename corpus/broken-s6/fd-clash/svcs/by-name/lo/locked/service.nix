# A daemon that reports readiness on fd 3 and takes its lock on fd 3 too.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/sleep" "3600" ];
  notification-fd = 3;
  lock-fd = 3;
}
