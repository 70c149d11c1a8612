builtins.replaceStrings ["a" "b"] ["c"] "ab"
