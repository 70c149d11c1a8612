builtins.fromTOML "a =\n"
