let f = x: assert x; 1; in f false
