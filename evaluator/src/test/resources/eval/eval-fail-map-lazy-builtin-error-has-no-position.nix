builtins.elemAt (map builtins.head [ [ ] ]) 0
