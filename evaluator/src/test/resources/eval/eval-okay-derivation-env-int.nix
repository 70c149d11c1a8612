(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; n = 42; m = -7; }).drvPath
