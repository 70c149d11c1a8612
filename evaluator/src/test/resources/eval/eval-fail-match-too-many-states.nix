builtins.match "a{100000}" "a"
