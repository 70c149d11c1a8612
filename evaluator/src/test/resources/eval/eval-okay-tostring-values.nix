[ (toString 1) (toString (-5)) (toString 1.5) (toString true) (toString false) (toString null) (toString "s") (toString [ 1 [ 2 3 ] [ ] "x" ]) ]
