(rec { __overrides = { a = 5; }; a = 1; b = a; }).b
