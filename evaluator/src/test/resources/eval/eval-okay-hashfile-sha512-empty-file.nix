builtins.hashFile "sha512" ./store-data/empty.txt
