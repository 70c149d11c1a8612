builtins.readFileType ./store-data/link-to-tree
