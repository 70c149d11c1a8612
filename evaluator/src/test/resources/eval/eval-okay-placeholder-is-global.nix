placeholder "out" == builtins.placeholder "out"
