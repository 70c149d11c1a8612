builtins.tryEval (builtins.toJSON { a.b = [ 1 (throw "deep") ]; })
