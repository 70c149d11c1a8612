builtins.path { path = ./store-data/tree; recursive = false; }
