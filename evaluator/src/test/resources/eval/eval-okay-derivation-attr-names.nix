builtins.attrNames (derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; x = 1; })
