builtins.getAttr "x" rec { a = 1; }
