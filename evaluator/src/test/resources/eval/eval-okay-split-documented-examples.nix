with builtins; [ (split "(a)b" "abc") (split "([ac])" "abc") (split "(a)|(c)" "abc") (split "([[:upper:]]+)" " FOO ") ]
