builtins.hashString "${./store-data/hello.txt}" "x"
