builtins.toJSON { outPath = abort "no out path"; }
