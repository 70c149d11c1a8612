let s = builtins.listToAttrs [ { name = "a"; value = s.a; } ]; in s.a
