builtins.fromTOML "[a.b]\nx = 1\n[a]\nb.y = 2"
