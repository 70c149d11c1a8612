builtins.splitVersion null
