builtins.toJSON [ builtins.add ]
