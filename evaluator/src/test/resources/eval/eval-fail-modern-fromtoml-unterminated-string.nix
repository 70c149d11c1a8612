builtins.fromTOML "a = \"abc"
