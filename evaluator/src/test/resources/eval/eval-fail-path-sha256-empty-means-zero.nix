builtins.path { path = ./store-data/hello.txt; sha256 = ""; }
