builtins.match "a\\}" "a}"
