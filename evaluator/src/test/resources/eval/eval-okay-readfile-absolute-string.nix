builtins.readFile "${toString ./store-data}/tree/sub/c.txt"
