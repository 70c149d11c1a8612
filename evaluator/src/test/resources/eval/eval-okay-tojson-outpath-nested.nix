builtins.toJSON { outPath = { outPath = "nested"; }; }
