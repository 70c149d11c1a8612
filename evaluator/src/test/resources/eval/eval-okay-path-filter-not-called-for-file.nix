builtins.path { path = ./store-data/hello.txt; filter = path: type: throw "not called"; }
