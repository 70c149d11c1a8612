[ (builtins.add 1 2) (builtins.sub 5 7) (builtins.mul 3 4) (builtins.div 9 2) (builtins.add 1.5 1) (builtins.sub 1 0.25) (builtins.mul 2 0.5) (builtins.div 1 2.0) ]
