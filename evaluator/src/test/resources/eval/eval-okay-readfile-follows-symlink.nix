builtins.readFile ./store-data/link-to-hello
