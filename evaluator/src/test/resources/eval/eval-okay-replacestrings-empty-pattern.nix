with builtins; [ (replaceStrings [""] ["-"] "abc") (replaceStrings [""] ["X"] "") (replaceStrings ["b" ""] ["B" "-"] "abc") (replaceStrings ["" "b"] ["-" "B"] "abc") ]
