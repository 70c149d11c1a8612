builtins.partition (x: x > 10) [ 1 23 9 3 42 ]
