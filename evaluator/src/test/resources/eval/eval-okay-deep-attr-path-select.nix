{ a.b.c.d.e = 5; }.a.b.c.d.e
