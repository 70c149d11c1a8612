builtins.readFile (builtins.toFile "greeting" "hi there")
