builtins.readDir ./store-data/missing
