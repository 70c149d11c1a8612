builtins.pathExists ./store-data/missing.txt
