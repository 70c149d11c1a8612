map (f: f 10) [ (x: x + 1) (x: x * x) builtins.toString ]
