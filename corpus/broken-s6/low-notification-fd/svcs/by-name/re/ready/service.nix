# notification-fd = 1: the readiness newline goes into the log.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/echo" "ready" ];
  notification-fd = 1;
}
