derivationStrict { name = "words"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = "out   dev\tbin"; }
