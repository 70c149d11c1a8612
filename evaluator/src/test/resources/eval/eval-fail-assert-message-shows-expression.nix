let a = 1; b = 2; in assert a + 1 == b + 1; true
