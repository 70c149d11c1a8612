builtins.split "[" (throw "the string")
