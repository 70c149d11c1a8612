with builtins; [ (match "[é]+" "é") (match "[^a]+" "üß") (match "[[:alpha:]]+" "é") (match "[À-ÿ]+" "é") ]
