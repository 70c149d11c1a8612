let lib = { inc = x: x + 1; }; in { a = with lib; inc 1; b = with lib; inc 2; }
