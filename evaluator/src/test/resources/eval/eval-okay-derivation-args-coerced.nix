(derivation { name = "args"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ 1 2.5 true false null [ "a" [ "b" ] ] ]; }).drvPath
