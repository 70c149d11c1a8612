builtins.path { path = ./store-data/hello.txt; filter = throw "forced"; }
