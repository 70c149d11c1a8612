let s = { b = 1; a = { c = 2; }; }; in [ s.a.c (s.x or 5) (s ? a.c) (s ? a.d) (builtins.attrNames s) (s // { b = 3; }) ]
