[ (builtins.getAttr "a" { a = 1; }) (builtins.getAttr "x${"y"}" { xy = 2; }) ]
