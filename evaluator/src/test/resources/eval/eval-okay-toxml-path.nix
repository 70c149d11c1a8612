builtins.toXML ./dir3
