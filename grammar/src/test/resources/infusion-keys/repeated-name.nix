# infuse-error: infuse.__init: at path sshgate.sshgate.__init: infused a value to __init but attribute already existed
{ infuse, prev }:
infuse prev { sshgate.sshgate.__init = 1; }
