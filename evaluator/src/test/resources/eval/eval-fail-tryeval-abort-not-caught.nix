builtins.tryEval (abort "no")
