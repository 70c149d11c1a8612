(derivation { name = "structured"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; __ignoreNulls = true; a = null; b = 1; }).drvPath
