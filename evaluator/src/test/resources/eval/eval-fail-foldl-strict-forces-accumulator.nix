builtins.foldl' (acc: x: x) 0 [ (throw "forced acc") 1 ]
