builtins.readDir "tree"
