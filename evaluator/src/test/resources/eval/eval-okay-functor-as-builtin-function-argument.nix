[ (builtins.filter { __functor = self: x: x > 1; } [ 1 2 3 ]) (builtins.foldl' { __functor = self: a: b: a + b; } 0 [ 1 2 ]) (builtins.sort { __functor = self: a: b: a > b; } [ 1 3 2 ]) ]
