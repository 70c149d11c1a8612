# Its name starts with s6rc-, which s6-rc keeps for its own services.
{ six, pkgs }:
six.mkFunnel { run = [ "${pkgs.busybox}/bin/sleep" "3600" ]; }
