let l = [ (builtins.head l) ]; in l
