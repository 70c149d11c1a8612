builtins.length (builtins.partition (x: true) [ (throw "element forced") ]).right
