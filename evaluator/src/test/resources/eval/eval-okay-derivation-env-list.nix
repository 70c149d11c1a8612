(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; l = [ 1 "two" [ 3 [ ] 4 ] null true ]; }).drvPath
