let l = [ (x: x) ]; in [ (l == l) ([ l ] == [ l ]) ]
