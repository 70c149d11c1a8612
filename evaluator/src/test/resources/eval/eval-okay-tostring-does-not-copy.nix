builtins.hasContext (toString ./store-data/hello.txt)
