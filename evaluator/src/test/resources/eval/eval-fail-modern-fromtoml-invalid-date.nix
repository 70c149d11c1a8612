builtins.fromTOML "d = 2021-02-29"
