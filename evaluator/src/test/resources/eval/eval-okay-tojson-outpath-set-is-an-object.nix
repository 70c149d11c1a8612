builtins.toJSON { outPath = { a = 1; b = [ 2 ]; }; ignored = 3; }
