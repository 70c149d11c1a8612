builtins.replaceStrings ["a" "b"] ["x" (throw "the replacement")] "ab"
