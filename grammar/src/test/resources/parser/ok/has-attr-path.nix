x: x ? a.b.c
