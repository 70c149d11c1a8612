let d = derivation { name = "order"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "z" "a" ]; }; in [ d.outputName (d.outPath == d.z.outPath) ]
