builtins.unsafeGetAttrPos "name" (builtins.listToAttrs [ { name = "name"; value = 1; } ])
