[ (throw "never") ] == [ 1 2 ]
