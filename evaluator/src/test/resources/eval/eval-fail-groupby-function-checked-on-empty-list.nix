builtins.groupBy "f" [ ]
