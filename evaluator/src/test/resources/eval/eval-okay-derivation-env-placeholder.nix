(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; dir = "${placeholder "dev"}/include"; }).drvPath
