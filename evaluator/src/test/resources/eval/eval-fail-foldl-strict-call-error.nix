builtins.foldl' ({ a }: b: 1) 0 [ 1 ]
