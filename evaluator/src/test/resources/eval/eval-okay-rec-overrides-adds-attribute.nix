rec { __overrides = { c = 3; }; a = 1; }
