builtins.readDir ./store-data
