builtins.foldl' (acc: f: f acc) 1 (map (n: x: x * n) [ 2 3 4 ])
