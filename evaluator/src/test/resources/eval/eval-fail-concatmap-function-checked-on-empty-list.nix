builtins.concatMap { } [ ]
