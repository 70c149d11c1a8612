let s = { a = 1; }; in let inherit (s) a; b = a + 1; in b
