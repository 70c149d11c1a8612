(derivation { name = "env"; builder = "/bin/sh"; system = "x86_64-linux"; s = "quote \" backslash \\ newline \n tab \t return \r dollar \${x}"; }).drvPath
