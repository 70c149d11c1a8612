builtins.toJSON { a.b = [ true (throw "hah no") ]; }
