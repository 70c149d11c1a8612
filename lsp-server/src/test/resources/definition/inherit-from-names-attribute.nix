let src = { a = 1; b = 2; }; in let inherit (src) a$0; in a
