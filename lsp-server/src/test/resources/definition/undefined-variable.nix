let a = 1; in b$0
