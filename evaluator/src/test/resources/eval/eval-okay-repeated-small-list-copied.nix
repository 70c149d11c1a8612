let l = [ 1 ]; s = { a = l; }; in [ s.a l ]
