(builtins.tryEval [ (throw "not forced") ]).success
