builtins.fromTOML "# bad  comment\na = 1"
