builtins.getAttr "x" { a.b = 1; }.a
