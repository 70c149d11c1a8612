builtins.path { path = toString ./store-data/tree/sub; }
