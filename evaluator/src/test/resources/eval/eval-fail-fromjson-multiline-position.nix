builtins.fromJSON "[\n1,\n\nx]"
