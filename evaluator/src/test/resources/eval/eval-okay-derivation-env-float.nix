(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; f = 1.5; g = 0.1; h = 1.0e20; }).drvPath
