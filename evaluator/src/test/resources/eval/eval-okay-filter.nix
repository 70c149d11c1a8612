builtins.filter (x: x > 1) [ 3 1 2 0 ]
