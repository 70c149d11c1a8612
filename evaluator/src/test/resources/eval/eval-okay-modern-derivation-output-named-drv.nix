let d = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "drv" ]; }; in [ d.drvPath d.drv.outPath ]
