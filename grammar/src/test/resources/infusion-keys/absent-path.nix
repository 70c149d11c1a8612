# infuse-error: infuse.__init: at path targets.other.__init: infused a value to __init but attribute already existed
{ infuse, prev }:
infuse prev { targets.sshgate.__init = 1; }
