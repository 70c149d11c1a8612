builtins.pathExists "${toString ./store-data/hello.txt}/"
