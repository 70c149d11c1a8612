{ a.b = 1; a = rec { c = d + 2; d = 3; }; }.a.c
