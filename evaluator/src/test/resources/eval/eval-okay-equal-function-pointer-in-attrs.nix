let f = x: x; in { a = f; } == { a = f; }
