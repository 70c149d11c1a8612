with builtins; [ (split "(x|a)*(ab)?" "ab") (split "a*(ab)?" "ab") (split "(a|ab)*" "abab") ]
