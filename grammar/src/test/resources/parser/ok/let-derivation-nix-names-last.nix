let x = 1; foo = 2; strict = 3; bar = 4; in x
