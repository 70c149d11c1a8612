let s = { inherit (throw "never") a; b = 1; }; in s.b
