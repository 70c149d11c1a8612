builtins.hashFile "sha256" ./store-data/missing.txt
