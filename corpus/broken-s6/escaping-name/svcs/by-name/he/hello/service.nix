# A plain longrun; the host's overlay files it a second time under a name with a slash.
{ six, pkgs }:
six.mkFunnel { run = [ "${pkgs.busybox}/bin/echo" "hello" ]; }
