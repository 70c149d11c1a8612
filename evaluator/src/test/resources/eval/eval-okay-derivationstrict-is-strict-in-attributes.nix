builtins.tryEval (derivationStrict { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; x = throw "boom"; })
