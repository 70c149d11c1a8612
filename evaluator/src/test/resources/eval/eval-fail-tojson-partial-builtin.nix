builtins.toJSON { a = builtins.add 1; }
