builtins.hasAttr "a" 1
