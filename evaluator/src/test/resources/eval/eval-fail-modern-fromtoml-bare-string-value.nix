builtins.fromTOML "a = hello"
