builtins.pathExists ./store-data/hello.txt
