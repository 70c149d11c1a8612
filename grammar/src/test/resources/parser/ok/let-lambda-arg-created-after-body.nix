let z = x: y; x = 1; y = 2; in z
