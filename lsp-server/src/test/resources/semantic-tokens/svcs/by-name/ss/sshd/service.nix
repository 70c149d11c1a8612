{ six, pkgs, port ? 22 }:
six.mkFunnel { run = [ "${pkgs.openssh}/bin/sshd" "-D" "-p" (toString port) ]; passthru = { inherit port; }; }
