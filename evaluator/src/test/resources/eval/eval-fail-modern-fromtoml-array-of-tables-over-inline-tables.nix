builtins.fromTOML "a = [ { x = 1 } ]\n[[a]]"
