# A missing semicolon after the `run` binding.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/klogd" "-n" ]
  notification-fd = 3;
}
