let d = derivation { name = "d"; builder = "/bin/sh"; system = "x86_64-linux"; }; in derivationStrict { name = "${d}"; builder = "/bin/sh"; system = "x86_64-linux"; }
