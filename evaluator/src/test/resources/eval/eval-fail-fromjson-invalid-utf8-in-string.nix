builtins.fromJSON "\"aÿ\""
