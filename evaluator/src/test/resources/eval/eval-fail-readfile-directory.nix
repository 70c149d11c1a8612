builtins.readFile ./store-data/tree
