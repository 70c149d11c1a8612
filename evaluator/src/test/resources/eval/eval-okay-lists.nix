[ ([ 1 ] ++ [ 2 3 ]) (builtins.length [ 1 2 3 ]) (builtins.elemAt [ 1 2 3 ] 1) (builtins.head [ 4 5 ]) (builtins.tail [ 4 5 ]) (map (x: x * x) [ 1 2 3 ]) ]
