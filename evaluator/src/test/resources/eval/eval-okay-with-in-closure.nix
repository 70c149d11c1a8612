let f = with { k = 3; }; x: x * k; in f 2
