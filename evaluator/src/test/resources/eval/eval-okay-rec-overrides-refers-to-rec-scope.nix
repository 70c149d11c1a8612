rec { __overrides = { a = b * 10; }; a = 1; b = 2; }
