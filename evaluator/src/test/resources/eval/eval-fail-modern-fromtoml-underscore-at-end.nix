builtins.fromTOML "a = 1_"
