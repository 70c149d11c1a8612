let f = { a }: { b }: a + b; g = f { a = 1; }; in [ (g { b = 2; }) (g { b = 3; }) ]
