builtins.toFile "greeting" "grüße"
