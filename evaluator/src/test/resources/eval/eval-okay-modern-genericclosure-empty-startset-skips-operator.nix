builtins.genericClosure { startSet = [ ]; }
