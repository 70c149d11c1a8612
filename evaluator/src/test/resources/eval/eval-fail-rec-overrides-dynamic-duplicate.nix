let n = "c"; in rec { __overrides = { c = 3; }; ${n} = 1; }
