builtins.genericClosure { startSet = [ { key = 1; n = "int"; } { key = 1.0; n = "float"; } ]; operator = x: [ ]; }
