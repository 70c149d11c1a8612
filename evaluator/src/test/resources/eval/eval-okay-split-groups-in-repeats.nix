with builtins; [ (split "(a)*" "aab") (split "(a|b)+" "abcab") (split "((a)|b)+" "ba") ]
