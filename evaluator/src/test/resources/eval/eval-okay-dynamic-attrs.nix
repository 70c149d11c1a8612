let n = "x"; in { ${n} = 1; "${n}y" = 2; ${null} = 3; }
