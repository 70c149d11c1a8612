builtins.path { path = ./store-data/hello.txt; name = ".hidden"; }
