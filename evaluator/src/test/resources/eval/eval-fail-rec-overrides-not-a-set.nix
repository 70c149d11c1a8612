rec { __overrides = 1; }
