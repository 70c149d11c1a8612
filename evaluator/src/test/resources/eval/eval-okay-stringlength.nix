with builtins; [ (stringLength "") (stringLength "abc") (stringLength "é") (stringLength "€") (stringLength { outPath = "abcd"; }) (stringLength { __toString = _: "ab"; }) (stringLength "\n\t") ]
