builtins.partition [ ] [ ]
