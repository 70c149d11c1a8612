# A plain longrun; the host below misspells its name.
{ six, pkgs }:
six.mkFunnel { run = [ "${pkgs.busybox}/bin/echo" "hello" ]; }
