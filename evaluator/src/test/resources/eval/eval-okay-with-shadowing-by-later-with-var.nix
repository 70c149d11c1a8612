with { a = 1; }; with { b = a + 1; }; b
