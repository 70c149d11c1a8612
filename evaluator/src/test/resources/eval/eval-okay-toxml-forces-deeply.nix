builtins.toXML { a = [ (1 + 1) { b = "x" + "y"; } ]; }
