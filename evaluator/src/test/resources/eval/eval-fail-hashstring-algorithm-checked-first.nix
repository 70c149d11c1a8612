builtins.hashString "whirlpool" (throw "not reached")
