let n = "d"; in builtins.unsafeGetAttrPos "d" { ${n} = 1; }
