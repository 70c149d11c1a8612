builtins.elemAt (map ({ a }: a) [ { } ]) 0
