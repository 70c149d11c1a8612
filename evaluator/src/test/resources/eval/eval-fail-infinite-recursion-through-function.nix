let f = x: y; y = f 1; in y
