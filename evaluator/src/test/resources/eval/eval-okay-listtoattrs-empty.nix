builtins.listToAttrs [ ]
