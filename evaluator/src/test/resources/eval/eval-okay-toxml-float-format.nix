builtins.toXML [ 1.0 0.1 1.5e-7 123456789.0 1.0e20 ]
