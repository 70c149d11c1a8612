builtins.length (builtins.attrValues { a = throw "a"; b = throw "b"; })
