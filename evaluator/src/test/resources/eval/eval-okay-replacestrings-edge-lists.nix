with builtins; [ (replaceStrings [] [] "abc") (replaceStrings ["x"] ["y"] "") (replaceStrings ["abc"] [""] "abcabc") ]
