with builtins; [ (match "" "") (match "" "a") (match "()" "") (match "()*b" "b") (match "(a|)" "") (match "(|a)+" "a") ]
