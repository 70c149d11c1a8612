with builtins; [ (substring 0 2 { outPath = "abc"; }) (substring 1 2 { __toString = _: "xyz"; }) ]
