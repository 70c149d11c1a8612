{ type = "derivation"; name = 1; }
