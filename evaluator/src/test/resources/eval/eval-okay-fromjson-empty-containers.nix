builtins.fromJSON "[[], {}, [[]], {\"a\": {}}]"
