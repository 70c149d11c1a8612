builtins.toJSON { outPath = 42; }
