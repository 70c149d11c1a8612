builtins.pathExists "store-data"
