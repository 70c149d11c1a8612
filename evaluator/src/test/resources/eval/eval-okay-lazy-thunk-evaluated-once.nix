let x = builtins.seq 1 2; in [ x x ]
