let d = derivation { name = "t"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext "${d} ${d.dev} ${d.drvPath}"
