builtins.readFile "hello.txt"
