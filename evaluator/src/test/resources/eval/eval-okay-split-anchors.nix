with builtins; [ (split "^a" "aaa") (split "a$" "aaa") (split "^" "ab") (split "$" "ab") (split "^|b" "ab") ]
