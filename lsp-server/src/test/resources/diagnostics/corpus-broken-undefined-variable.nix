# Uses `busybox` without taking `pkgs` apart: it should be `pkgs.busybox`.
{ six, pkgs }:
six.mkFunnel { run = [ "${busybox}/bin/klogd" "-n" ]; }
