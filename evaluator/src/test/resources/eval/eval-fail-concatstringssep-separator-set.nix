builtins.concatStringsSep { outPath = "x"; } [ "a" "b" ]
