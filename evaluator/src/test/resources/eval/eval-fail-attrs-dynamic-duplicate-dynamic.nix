let n = "a"; in { ${n} = 1; b = 2; ${n} = 3; }
