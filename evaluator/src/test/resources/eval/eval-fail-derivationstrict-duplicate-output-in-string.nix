derivationStrict { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = "out dev out"; }
