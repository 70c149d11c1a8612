let a = 1; in let a = 2; in a$0
