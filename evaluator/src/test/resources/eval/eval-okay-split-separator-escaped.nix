with builtins; [ (split "\\." "a.b.c") (split "\\+" "1+2") (split "[.]" "x.y") ]
