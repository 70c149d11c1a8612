# Sixty days, in milliseconds: more than 2^32 - 1.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/sleep" "3600" ];
  timeout-up = 60 * 24 * 3600 * 1000;
}
