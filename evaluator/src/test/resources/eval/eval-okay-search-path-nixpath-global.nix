builtins.length __nixPath
