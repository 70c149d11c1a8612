builtins.hashFile "sha256" ./store-data/tree
