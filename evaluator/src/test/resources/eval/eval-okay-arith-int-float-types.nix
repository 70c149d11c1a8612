[ (builtins.typeOf (1 + 1)) (builtins.typeOf (1 + 1.0)) (builtins.typeOf (2 * 1.0)) (builtins.typeOf (4 / 2.0)) ]
