builtins.toFile "." "x"
