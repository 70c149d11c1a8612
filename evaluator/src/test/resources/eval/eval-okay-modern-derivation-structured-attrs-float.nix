(derivation { name = "structured"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; f = 1.0; g = 2.5; }).drvPath
