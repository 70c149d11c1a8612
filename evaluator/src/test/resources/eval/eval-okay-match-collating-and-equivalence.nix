with builtins; [ (match "[[.hyphen.][=a=]]+" "-aA") (match "[[.space.]]" " ") (match "[[=B=]]+" "bB") (match "[[.a.]-c]+" "abc") ]
