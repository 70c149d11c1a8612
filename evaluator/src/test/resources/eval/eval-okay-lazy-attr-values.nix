[ ({ a = throw "a"; b = 1; }.b) (builtins.length (builtins.attrNames { a = throw "a"; })) ]
