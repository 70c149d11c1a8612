derivationStrict { name = "a"; builder = ""; system = "x86_64-linux"; }
