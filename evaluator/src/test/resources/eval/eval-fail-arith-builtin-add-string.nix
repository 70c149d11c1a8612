builtins.add 1 "x"
