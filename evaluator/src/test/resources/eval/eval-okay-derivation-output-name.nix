let d = derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "bin" "dev" ]; }; in [ d.outputName d.bin.outputName d.dev.outputName ]
