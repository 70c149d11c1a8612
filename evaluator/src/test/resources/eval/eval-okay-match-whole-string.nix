with builtins; [ (match "ab" "abc") (match "abc" "abc") (match "a(b)(c)" "abc") (match "b" "abc") ]
