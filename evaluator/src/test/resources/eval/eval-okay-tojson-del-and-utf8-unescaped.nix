builtins.toJSON "del  e-acute é euro € emoji 😀"
