builtins.filterSource true ./store-data/tree
