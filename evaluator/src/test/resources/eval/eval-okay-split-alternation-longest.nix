with builtins; [ (split "a|ab" "xabx") (split "ab|a" "xabx") (split "(a|ab)(c|bcd)?" "abcd") (split "(x|y)|(xy)" "xyz") ]
