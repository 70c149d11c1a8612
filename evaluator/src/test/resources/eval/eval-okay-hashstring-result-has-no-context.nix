builtins.hasContext (builtins.hashString "sha1" "${./store-data/hello.txt}")
