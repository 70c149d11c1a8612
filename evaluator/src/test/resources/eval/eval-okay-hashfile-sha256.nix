builtins.hashFile "sha256" ./store-data/hello.txt
