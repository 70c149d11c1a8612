builtins.pathExists "${toString ./store-data/link-to-tree}/"
