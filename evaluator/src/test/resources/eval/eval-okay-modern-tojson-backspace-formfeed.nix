builtins.toJSON "bs  ff "
