builtins.filterSource (path: type: builtins.substring 0 1 (baseNameOf path) != ".") ./store-data/tree
