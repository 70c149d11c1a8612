builtins.filterSource (path: type: type == "directory") ./store-data/tree
