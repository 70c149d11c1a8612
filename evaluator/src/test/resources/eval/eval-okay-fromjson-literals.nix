builtins.fromJSON "[true, false, null]"
