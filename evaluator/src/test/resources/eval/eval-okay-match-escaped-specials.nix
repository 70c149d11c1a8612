with builtins; [ (match "a\\.b" "a.b") (match "a\\.b" "axb") (match "\\(\\)" "()") (match "\\*\\+\\?" "*+?") (match "\\$\\^" "$^") (match "\\{\\|\\[" "{|[") (match "\\\\" "\\") ]
