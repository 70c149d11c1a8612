builtins.path { path = ./store-data/tree; } == "${./store-data/tree}"
