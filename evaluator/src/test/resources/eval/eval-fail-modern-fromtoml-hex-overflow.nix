builtins.fromTOML "attr = 0x8000000000000000"
