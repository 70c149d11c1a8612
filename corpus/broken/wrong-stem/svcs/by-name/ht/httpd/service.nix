# Correctly placed: ht/httpd.
{ six, pkgs }:
six.mkFunnel { run = [ "${pkgs.busybox}/bin/httpd" "-f" ]; }
