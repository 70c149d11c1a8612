builtins.getAttr "x" (builtins.listToAttrs [ ])
