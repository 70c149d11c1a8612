let x = { a = 1; }; l = [ 1 ]; in { a = x; b = x; c = l; d = l; e = { }; f = { }; }
