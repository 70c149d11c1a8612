let x = { a = 1 + 2; b = "a" + "b"; c = builtins.length [ 1 2 ]; }; in builtins.toJSON x
