builtins.fromTOML "[a b]"
