[ (builtins.pathExists "${toString ./store-data/tree}/.") (builtins.pathExists "${toString ./store-data/hello.txt}/.") ]
