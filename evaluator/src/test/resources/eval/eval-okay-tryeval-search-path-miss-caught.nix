(builtins.tryEval <does-not-exist>).success
