let n = "d"; in rec { __overrides = { c = 3; }; c = 0; ${n} = c + 1; }
