let s = { a = 1; } // { b = s.b; }; in s.b
