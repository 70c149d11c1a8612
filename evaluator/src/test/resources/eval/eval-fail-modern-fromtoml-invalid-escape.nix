builtins.fromTOML "a = \"\\q\""
