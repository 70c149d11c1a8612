builtins.toFile "empty" (builtins.substring 0 0 "${./store-data/hello.txt}")
