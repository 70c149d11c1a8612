builtins.readFile ./store-data/empty.txt
