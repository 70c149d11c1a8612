let even = n: n == 0 || odd (n - 1); odd = n: n != 0 && even (n - 1); in [ (even 10) (odd 7) ]
