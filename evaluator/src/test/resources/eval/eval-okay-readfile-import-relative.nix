builtins.readFile ./store-data/tree/sub/../sub/deep/d.txt
