builtins.readFile ./store-data/missing.txt
