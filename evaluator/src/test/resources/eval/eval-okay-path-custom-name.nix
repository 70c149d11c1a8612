builtins.path { path = ./store-data/tree; name = "source"; }
