builtins.match "[[.foo.]]" "a"
