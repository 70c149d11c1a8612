with builtins; [ (match "a}b]" "a}b]") (match "]+" "]]") (match "}" "}") ]
