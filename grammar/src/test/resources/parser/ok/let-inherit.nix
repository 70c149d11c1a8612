let a = 1; in let inherit a; b = a; in b
