let f = x: x; l = [ f 1 ]; in l < [ f 2 ]
