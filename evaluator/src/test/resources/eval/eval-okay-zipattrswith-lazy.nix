builtins.attrNames (builtins.zipAttrsWith (n: vs: throw "never") [ { a = 1; } ])
