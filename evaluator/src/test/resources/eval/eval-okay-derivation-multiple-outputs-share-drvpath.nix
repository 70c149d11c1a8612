let d = derivation { name = "multi"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ (d.dev.drvPath == d.drvPath) (d.out.drvPath == d.drvPath) ]
