builtins.hasContext (builtins.path { path = ./store-data/hello.txt; })
