(derivation { name = "structured"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = false; }).drvPath
