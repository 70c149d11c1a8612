(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; t = true; f = false; }).drvPath
