builtins.sort builtins.lessThan [ 483 249 526 147 42 77 ]
