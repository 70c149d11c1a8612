{ answer = 42; f = x: x * 2; }
