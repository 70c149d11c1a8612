builtins.pathExists ./store-data/dangling
