let zeta = 1; yak = 2; xeno = 4; aaa = 7; in zeta
