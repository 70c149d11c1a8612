let f = { foo, bar ? 1 }: foo; in map (n: (builtins.unsafeGetAttrPos n (builtins.functionArgs f)).column) [ "bar" "foo" ]
