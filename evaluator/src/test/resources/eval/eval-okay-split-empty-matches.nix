with builtins; [ (split "a*" "baaac") (split "x*" "ab") (split "" "abc") (split "" "") ]
