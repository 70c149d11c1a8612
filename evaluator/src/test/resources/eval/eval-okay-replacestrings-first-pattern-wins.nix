with builtins; [ (replaceStrings ["a" "ab"] ["1" "2"] "abab") (replaceStrings ["ab" "a"] ["2" "1"] "abab") (replaceStrings ["a" "a"] ["1" "2"] "aa") ]
