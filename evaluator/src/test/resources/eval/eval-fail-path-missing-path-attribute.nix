builtins.path { name = "x"; }
