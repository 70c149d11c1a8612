builtins.convertHash { toHashFormat = "sri"; }
