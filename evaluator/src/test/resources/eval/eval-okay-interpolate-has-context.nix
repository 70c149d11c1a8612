builtins.hasContext "${./store-data/hello.txt}"
