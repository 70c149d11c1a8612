builtins.fromJSON "tru"
