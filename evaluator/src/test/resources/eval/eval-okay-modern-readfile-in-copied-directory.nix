builtins.readFile "${./store-data/tree}/sub/c.txt"
