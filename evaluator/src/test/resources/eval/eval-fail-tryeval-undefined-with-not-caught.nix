builtins.tryEval (with { }; y)
