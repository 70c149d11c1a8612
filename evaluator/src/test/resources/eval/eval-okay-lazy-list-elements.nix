[ (builtins.length [ (throw "a") (throw "b") ]) (builtins.head [ 1 (throw "b") ]) (builtins.elemAt [ (throw "a") 2 ] 1) ]
