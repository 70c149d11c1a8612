(derivation { name = "json"; builder = "/bin/sh"; system = "x86_64-linux"; __json = "{ \"b\": [1, 2], \"a\": \"x\" }"; }).drvPath
