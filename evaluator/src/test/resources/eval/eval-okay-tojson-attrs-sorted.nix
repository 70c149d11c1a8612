builtins.toJSON { b = 1; a = 2; "c d" = 3; "B" = 4; _x = 5; }
