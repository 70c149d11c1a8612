builtins.readDir ./store-data/link-to-tree == builtins.readDir ./store-data/tree
