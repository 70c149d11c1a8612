builtins.toJSON { "í €" = 1; }
