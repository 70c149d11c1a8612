let n = "a"; in { x.${n} = 1; x.a = 2; }
