builtins.readDir ./store-data/tree
