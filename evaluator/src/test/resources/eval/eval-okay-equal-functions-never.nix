[ ((x: x) == (x: x)) (map == map) (builtins.add 1 == builtins.add 1) ]
