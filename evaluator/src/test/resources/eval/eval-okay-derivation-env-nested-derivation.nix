let dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; }; in (derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; inherit dep; }).drvPath
