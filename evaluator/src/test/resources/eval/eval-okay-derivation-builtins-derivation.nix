(builtins.derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath == (derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath
