let f = x: x; in builtins.functionArgs f
