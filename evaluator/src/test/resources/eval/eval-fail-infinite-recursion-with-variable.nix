let s = { a = with s; a; }; in s.a
