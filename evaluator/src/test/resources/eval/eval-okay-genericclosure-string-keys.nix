map (x: x.key) (builtins.genericClosure { startSet = [ { key = "a"; } ]; operator = x: if x.key == "aaa" then [ ] else [ { key = x.key + "a"; } ]; })
