with builtins; [ (split "|a" "a") (split "a|" "ba") (split "(|b)" "ab") ]
