builtins.fromTOML "a = \"\\U00110000\""
