builtins.pathExists "${toString ./store-data/dangling}/"
