builtins.toFile "foo bar" "x"
