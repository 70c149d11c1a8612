builtins.any null [ ]
