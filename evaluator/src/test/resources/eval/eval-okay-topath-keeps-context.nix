builtins.hasContext (builtins.toPath "${./store-data/hello.txt}")
