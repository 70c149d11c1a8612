builtins.readFile ./store-data/nul.bin
