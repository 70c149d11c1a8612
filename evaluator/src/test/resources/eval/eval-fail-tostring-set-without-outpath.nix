builtins.toString { a = 1; }
