let d = derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "bin" "dev" ]; }; in map (o: o.outputName) d.all
