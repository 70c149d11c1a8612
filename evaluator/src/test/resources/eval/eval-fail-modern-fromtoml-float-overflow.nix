builtins.fromTOML "attr = 1e400"
