let d = derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ (d == d.out) (d == d.dev) ]
