with builtins; [ (match "(([a-z])[0-9])+" "a1b2c3") (match "(a|b)*" "abba") (match "((a)|(b))*" "ab") ]
