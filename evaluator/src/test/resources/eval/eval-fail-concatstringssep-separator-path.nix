builtins.concatStringsSep ./. [ "a" "b" ]
