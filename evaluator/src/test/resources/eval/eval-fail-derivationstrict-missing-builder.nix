derivationStrict { name = "a"; system = "x86_64-linux"; }
