builtins.filterSource (path: type: true) ./store-data/tree
