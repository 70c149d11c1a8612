let x = throw "t"; in [ (builtins.tryEval x).success (builtins.tryEval x).success ]
