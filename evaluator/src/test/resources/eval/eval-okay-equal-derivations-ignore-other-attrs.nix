{ type = "derivation"; outPath = "p"; f = x: x; } == { type = "derivation"; outPath = "p"; f = x: x; }
