builtins.hashFile "sha256" ./store-data/link-to-hello == builtins.hashFile "sha256" ./store-data/hello.txt
