builtins.filterSource (path: type: type != "symlink") ./store-data/tree
