(derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; }) == (derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; })
