(rec { __overrides = { a = 10; }; a = 1; b = a + 1; }).b
