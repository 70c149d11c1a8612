builtins.deepSeq { a = abort "d"; } 1
