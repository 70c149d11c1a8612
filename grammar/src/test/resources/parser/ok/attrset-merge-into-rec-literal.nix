let b = 1; in { a.c = b; a = rec { d = 2; }; }
