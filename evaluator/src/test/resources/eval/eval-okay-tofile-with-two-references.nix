builtins.toFile "script" "cat ${./store-data/tree}/a.txt ${./store-data/hello.txt}"
