with builtins; [ (split "é" "aébéc") (split "(.)" "é") (split "[^a-z]+" "abcéüdef") ]
