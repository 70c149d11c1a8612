with builtins; [ (match "(a|ab)(c|bcd)(d*)" "abcd") (match "(a|ab)(b*)" "abb") (match "(ab|a)(b*)" "abb") ]
