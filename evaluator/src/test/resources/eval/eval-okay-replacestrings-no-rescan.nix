with builtins; [ (replaceStrings ["a"] ["aa"] "aaa") (replaceStrings ["aa"] ["a"] "aaaaa") (replaceStrings ["ab" "ba"] ["ba" "ab"] "abab") ]
