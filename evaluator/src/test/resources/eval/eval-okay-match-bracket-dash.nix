with builtins; [ (match "[-a]+" "-a-") (match "[a-]+" "a-") (match "[a-c-]+" "b-") (match "[--/]+" "-./") (match "[!--]+" "!,-") ]
