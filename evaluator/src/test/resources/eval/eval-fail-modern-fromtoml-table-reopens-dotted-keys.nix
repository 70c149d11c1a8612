builtins.fromTOML "a.b = 1\n[a]\nc = 2"
