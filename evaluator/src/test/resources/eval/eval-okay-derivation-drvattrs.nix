(derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; extra = 1; }).drvAttrs
