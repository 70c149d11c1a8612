builtins.pathExists "${toString ./store-data}/tree/sub"
