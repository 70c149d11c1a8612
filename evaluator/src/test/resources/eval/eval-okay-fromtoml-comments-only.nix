builtins.fromTOML "# just a comment\n\n   # another\n"
