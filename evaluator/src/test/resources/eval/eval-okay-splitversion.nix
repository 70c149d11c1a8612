with builtins; [ (splitVersion "1.2.3pre4-5") (splitVersion "") (splitVersion "...") (splitVersion "a.b-c") (splitVersion "1a2b") (splitVersion "-1.") (splitVersion "1.éx2") (splitVersion "2.3pre") ]
