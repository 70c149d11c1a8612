let src = { a = 1; }; in { inherit (src) a$0; b = src.a; }
