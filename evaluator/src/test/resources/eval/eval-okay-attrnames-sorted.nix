builtins.attrNames { b = 1; a = 2; "c d" = 3; A = 4; }
