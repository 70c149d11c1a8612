derivationStrict { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashAlgo = "sha1"; outputHash = "zz39a3ee5e6b4b0d3255bfef95601890afd80709"; }
