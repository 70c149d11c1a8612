builtins.split "a{" "a{"
