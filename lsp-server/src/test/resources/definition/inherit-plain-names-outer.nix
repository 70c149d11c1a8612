let x = 1; in let inherit x$0; in x
