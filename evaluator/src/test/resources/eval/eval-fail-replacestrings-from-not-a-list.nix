builtins.replaceStrings "a" ["b"] "ab"
