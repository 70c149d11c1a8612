builtins.replaceStrings [1] ["b"] "ab"
