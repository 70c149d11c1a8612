builtins.fromJSON "\"a\""
