builtins.toXML [ 1 (-2) 2.5 true false null "str" ]
