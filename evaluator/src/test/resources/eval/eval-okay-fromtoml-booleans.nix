builtins.fromTOML "t = true\nf = false"
