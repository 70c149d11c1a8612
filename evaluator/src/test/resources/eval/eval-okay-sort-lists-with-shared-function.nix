let f = x: x; in map (l: builtins.elemAt l 1) (builtins.sort builtins.lessThan [ [ f 2 ] [ f 1 ] ])
