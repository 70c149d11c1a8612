{ id = x: x; }
