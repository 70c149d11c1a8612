let mk = n: (x: x + n); add2 = mk 2; in [ (add2 1) ((mk 10) 1) ]
