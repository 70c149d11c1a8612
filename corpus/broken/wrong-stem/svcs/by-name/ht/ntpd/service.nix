# Misplaced: ntpd belongs under nt/, not ht/.
{ six, pkgs }:
six.mkFunnel { run = [ "${pkgs.busybox}/bin/ntpd" "-n" ]; }
