[ (toString ./a) (toString /x/y) (builtins.typeOf (toString ./a)) ]
