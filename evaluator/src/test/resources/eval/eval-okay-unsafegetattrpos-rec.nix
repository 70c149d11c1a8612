builtins.unsafeGetAttrPos "b" (rec { a = 1; b = a; })
