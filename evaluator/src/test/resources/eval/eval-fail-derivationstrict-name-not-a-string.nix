derivationStrict { name = 1; builder = "/bin/sh"; system = "x86_64-linux"; }
