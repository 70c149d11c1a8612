[ x y (toString 1) ]
