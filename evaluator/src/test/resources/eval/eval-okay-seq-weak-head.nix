builtins.seq [ (throw "not forced") ] 1
