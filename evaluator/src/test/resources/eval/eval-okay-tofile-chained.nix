builtins.toFile "a" "${builtins.toFile "b" "c"}"
