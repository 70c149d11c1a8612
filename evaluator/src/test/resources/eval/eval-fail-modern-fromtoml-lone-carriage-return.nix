builtins.fromTOML "a = 1\rb = 2"
