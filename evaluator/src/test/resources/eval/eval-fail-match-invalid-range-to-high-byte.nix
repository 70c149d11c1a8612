builtins.match "[a-ÿ]" "a"
