(derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; s = throw "attribute failed"; }).drvPath
