builtins.readFileType ./store-data/dangling
