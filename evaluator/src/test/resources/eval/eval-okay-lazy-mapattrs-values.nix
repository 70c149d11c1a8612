builtins.attrNames (builtins.mapAttrs (n: v: throw "never") { a = 1; b = 2; })
