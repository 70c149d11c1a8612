let p = builtins.toPath ./store-data/hello.txt; in [ p (builtins.typeOf p) ]
