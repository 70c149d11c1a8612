let x = x; in 1
