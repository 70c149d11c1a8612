with builtins; [ (replaceStrings ["a" "b"] ["x" (throw "unused")] "aaa") (replaceStrings ["oo" "a"] [(abort "unused") "i"] "bar") ]
