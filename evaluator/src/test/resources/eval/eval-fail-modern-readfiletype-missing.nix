builtins.readFileType ./store-data/missing
