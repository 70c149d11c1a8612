builtins.ceil { a = 1; }
