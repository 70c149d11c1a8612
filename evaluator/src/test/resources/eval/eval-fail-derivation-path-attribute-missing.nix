(derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; p = ./store-data/does-not-exist; }).drvPath
