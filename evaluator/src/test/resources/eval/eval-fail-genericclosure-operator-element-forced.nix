builtins.genericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key == 1 then [ { key = 2; } (throw "forced on return") ] else [ ]; }
