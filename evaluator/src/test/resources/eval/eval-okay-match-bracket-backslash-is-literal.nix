with builtins; [ (match "[\\]+" "\\\\") (match "[\\n]+" "n\\") (match "[.*+?]+" "?*.+") ]
