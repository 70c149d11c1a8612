let a = 1; in [ a (let a = 2; in a$0) ]
