let s = builtins.readFile ./store-data/utf8.txt; in [ s (builtins.stringLength s) ]
