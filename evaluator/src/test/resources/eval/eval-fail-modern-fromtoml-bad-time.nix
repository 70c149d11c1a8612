builtins.fromTOML "d = 1979-05-27T7:32:00"
