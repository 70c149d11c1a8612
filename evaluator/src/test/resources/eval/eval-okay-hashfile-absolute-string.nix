builtins.hashFile "sha1" (toString ./store-data/hello.txt)
