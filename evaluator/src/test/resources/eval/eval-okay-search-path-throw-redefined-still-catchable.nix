let throw = abort "Error!"; in (builtins.tryEval <no-such-file>).success
