builtins.match "(" (throw "the string")
