builtins.toJSON "soh  us  esc "
