let f = x: if x > 0 then x else throw "neg"; in map (x: (builtins.tryEval (f x)).success) [ 1 (-1) ]
