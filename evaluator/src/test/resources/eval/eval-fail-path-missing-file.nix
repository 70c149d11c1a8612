builtins.path { path = ./store-data/missing.txt; }
