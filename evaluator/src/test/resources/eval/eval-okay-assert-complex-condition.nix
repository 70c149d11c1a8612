let x = 3; in assert x > 1 && x < 5; x
