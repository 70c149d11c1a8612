with builtins; [ (match "[]a]+" "]a]") (match "[^]a]+" "bcd") (match "[^]a]+" "b]") (match "[]-a]+" "^_`") ]
