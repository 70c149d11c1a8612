(derivation { name = "a-1.0+b_c?d=e"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath
