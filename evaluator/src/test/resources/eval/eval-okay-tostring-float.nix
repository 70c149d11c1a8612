[ (toString 0.1) (toString 1.0) (toString 1.0e-7) (toString 123456789.5) ]
