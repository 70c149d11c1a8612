builtins.readDir ./store-data/hello.txt
