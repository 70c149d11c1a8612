builtins.trace "é\tx" 1
