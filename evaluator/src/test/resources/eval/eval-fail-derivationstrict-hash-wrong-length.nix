derivationStrict { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashAlgo = "sha256"; outputHash = "abc"; }
