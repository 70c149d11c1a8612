builtins.dirOf null
