builtins.toFile "${./store-data/hello.txt}" "x"
