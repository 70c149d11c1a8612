builtins.div 3 0
