derivationStrict { name = "a.drv"; builder = "/bin/sh"; system = "x86_64-linux"; }
