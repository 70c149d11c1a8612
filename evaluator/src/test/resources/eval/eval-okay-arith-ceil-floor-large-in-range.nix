[ (builtins.floor 1.0e18) (builtins.ceil (-9.2e18)) ]
