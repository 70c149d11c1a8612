builtins.filterSource (path: type: false) ./store-data/hello.txt
