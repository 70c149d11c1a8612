builtins.any (x: "yes") [ 1 ]
