builtins.getAttr "x" ({ a = 1; } // { b = 2; })
