builtins.pathExists "${toString ./store-data/tree}/"
