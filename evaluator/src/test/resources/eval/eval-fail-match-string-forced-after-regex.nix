builtins.match "a" (throw "the string")
