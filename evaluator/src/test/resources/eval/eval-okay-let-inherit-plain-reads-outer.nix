let a = 1; in let inherit a; in a
