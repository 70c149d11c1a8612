builtins.toFile "script" "cat ${./store-data/hello.txt}"
