builtins.toJSON [ "ÿ" (throw "evaluated first") ]
