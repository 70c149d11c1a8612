builtins.hasContext { outPath = "x"; }
