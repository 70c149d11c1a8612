builtins.path { path = ./store-data/tree; filter = _: _: true; } == "${./store-data/tree}"
