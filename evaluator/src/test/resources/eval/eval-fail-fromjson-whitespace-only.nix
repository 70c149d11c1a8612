builtins.fromJSON "  "
