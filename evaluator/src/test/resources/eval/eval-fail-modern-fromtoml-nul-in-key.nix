builtins.fromTOML "\"a\\u0000b\" = 1"
