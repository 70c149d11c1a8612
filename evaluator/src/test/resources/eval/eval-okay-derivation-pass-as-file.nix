(derivation { name = "passasfile"; builder = "/bin/sh"; system = "x86_64-linux"; passAsFile = [ "text" ]; text = "some text"; }).drvPath
