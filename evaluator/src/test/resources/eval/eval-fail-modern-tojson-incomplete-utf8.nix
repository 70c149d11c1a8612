builtins.toJSON { key = "ends mid-character Ã"; }
