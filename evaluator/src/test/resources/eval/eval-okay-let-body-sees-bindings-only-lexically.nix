let x = 1; f = y: x + y; in let x = 10; in f 1
