with builtins; [ (match "(a)|(b)" "b") (match "a(x)?b" "ab") (match "(a)(b)?(c)?" "ac") ]
