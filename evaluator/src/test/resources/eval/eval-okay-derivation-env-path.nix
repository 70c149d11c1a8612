let d = derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; p = ./store-data/hello.txt; }; in [ d.drvPath d.outPath ]
