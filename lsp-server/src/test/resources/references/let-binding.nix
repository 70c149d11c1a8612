let a$0 = 1; in [ a a ]
