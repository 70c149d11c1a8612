builtins.fromJSON "[1, 1.5e400]"
