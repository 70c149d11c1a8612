with builtins; [ (match "[[:ALPHA:]]+" "abc") (match "[[:Digit:]]+" "42") (match "[[:w:]]+" "a_1") (match "[[:d:]]+" "7") (match "[[:s:]]" " ") ]
