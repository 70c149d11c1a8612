let zeta = 1; name = 3; map = 5; type = 6; in zeta
