with builtins; [ (match "(a*)(a*)" "aaa") (match "(a*)(a+)" "aaa") (match "(.*)-(.*)" "a-b-c") (match "(.*)(\\.[^.]*)" "file.tar.gz") ]
