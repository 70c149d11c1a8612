builtins.readFile 42
