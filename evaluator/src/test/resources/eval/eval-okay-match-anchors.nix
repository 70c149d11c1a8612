with builtins; [ (match "^a$" "a") (match "a^" "a") (match "$a" "a") (match "(^a)" "a") (match "a$" "a\n") ]
