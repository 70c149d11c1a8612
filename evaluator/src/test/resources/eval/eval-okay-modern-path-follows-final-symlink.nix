builtins.path { path = ./store-data/link-to-hello; }
