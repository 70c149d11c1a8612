builtins.elemAt (builtins.genList builtins.head 1) 0
