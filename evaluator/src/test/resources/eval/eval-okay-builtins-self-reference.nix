[ (builtins.builtins.length [ 1 2 ]) (builtins ? map) (builtins ? noSuchBuiltin) (builtins.typeOf builtins) ]
