let x = 1; y = x + 1; f = n: if n == 0 then 0 else n + f (n - 1); in [ x y (f 10) (rec { a = 1; b = a + 1; }).b ]
