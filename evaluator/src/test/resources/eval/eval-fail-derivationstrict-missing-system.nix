derivationStrict { name = "a"; builder = "/bin/sh"; }
