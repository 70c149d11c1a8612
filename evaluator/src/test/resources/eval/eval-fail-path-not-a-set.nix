builtins.path ./store-data/hello.txt
