builtins.hasContext (builtins.readFile ./store-data/hello.txt)
