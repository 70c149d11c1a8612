let f = x: if x then abort "aborted" else 1; in [ (f false) (f true) ]
