builtins.toJSON { "a\"b" = 1; "new\nline" = 2; "é" = 3; }
