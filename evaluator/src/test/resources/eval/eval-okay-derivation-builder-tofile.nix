(derivation { name = "env"; builder = builtins.toFile "builder.sh" "echo hi > $out"; system = "x86_64-linux"; }).drvPath
