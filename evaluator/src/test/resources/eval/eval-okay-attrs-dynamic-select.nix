let s = { ab = 1; }; n = "a"; in [ s.${n + "b"} s."${n}b" ]
