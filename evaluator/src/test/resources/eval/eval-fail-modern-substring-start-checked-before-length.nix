builtins.substring (-1) (throw "the length") "abc"
