builtins.toJSON { list = [ 1 [ 2 [ 3 ] ] { x = [ ]; } ]; set = { inner = { deeper = "yes"; }; }; }
