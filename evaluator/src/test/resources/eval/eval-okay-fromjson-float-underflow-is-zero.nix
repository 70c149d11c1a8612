builtins.fromJSON "[1e-400, -1e-400]"
