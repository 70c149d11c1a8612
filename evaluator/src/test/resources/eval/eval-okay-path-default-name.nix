builtins.path { path = ./store-data/tree; }
