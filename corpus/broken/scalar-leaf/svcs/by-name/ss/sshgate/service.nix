# An ssh daemon with a port parameter.
{ six, pkgs, port ? 22 }:
six.mkFunnel { run = [ "${pkgs.busybox}/bin/sshgate" "-D" "-p" (toString port) ]; }
