let x = 1 + builtins.length x; in x
