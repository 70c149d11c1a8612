builtins.match "[]" "a"
