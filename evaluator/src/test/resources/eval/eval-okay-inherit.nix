let a = 1; s = { b = 2; c = 3; }; in { inherit a; inherit (s) b c; }
