# infuse-error: attribute 'sshgate' missing
{ infuse, prev }:
infuse prev { targets.sshgate.__init = 1; }
