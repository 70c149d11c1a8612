{ type = "derivation"; outPath = "x"; a = 1; } == { type = "plain"; outPath = "x"; a = 1; }
