builtins.path { path = ./store-data/hello.txt; recursive = false; }
