let s = { f = x: x; n = 1; }; in s == s
