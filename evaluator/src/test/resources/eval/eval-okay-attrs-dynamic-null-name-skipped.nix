let n = null; in { ${n} = 1; b = 2; }
