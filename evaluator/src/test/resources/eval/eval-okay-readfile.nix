builtins.readFile ./store-data/hello.txt
