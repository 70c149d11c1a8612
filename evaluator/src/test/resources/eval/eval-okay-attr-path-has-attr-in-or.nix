({ a = { }; }).a.b.c or "missing"
