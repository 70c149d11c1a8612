builtins.deepSeq [ 1 2 ] (builtins.seq 1 2)
