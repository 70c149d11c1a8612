let src = { a = 1; }; in let inherit (src) a; in a$0
