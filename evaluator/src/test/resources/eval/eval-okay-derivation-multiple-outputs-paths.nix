let d = derivation { name = "multi"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" "lib" ]; }; in [ d.outPath d.out.outPath d.dev.outPath d.lib.outPath ]
