with builtins; [ (match "a
b" "a
b") (match "a|b
c" "b
c") ]
