builtins.unsafeGetAttrPos "a" (rec { __overrides = { a = 2; }; a = 1; })
