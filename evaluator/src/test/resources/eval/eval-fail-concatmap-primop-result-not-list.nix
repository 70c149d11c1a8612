builtins.concatMap toString [ 1 ]
