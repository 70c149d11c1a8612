with builtins; [ (match "a{2,3}" "aaa") (match "a{2,3}" "aaaa") (match "a{2}" "aa") (match "a{2,}" "aaaaa") (match "(a){0}" "") (match "a{0,0}b" "b") (match "(ab){1,2}" "abab") ]
