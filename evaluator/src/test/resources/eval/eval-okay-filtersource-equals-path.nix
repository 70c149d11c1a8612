builtins.filterSource (p: t: t != "symlink") ./store-data/tree == builtins.path { path = ./store-data/tree; filter = p: t: t != "symlink"; }
