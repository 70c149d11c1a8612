builtins.fromTOML "a = { x = 1,\n y = 2 }"
