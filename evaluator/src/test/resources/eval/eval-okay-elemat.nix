[ (builtins.elemAt [ "a" "b" "c" ] 0) (builtins.elemAt [ "a" "b" "c" ] 2) ]
