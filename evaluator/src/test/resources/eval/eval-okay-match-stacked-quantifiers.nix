with builtins; [ (match "a**" "aa") (match "(a+)?" "") (match "a+*" "aaa") (match "(a?)+" "aa") (match "a{1}{2}" "aa") ]
