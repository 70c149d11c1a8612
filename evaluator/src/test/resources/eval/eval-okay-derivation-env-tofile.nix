(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; src = builtins.toFile "src.txt" "hello"; }).drvPath
