let d = derivation { name = "d"; builder = "/bin/sh"; system = "x86_64-linux"; }; in derivationStrict { name = "a"; builder = "/bin/sh"; system = "${d}"; __structuredAttrs = true; }
