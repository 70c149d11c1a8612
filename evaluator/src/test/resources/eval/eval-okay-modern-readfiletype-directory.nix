builtins.readFileType ./store-data/tree
