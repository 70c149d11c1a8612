{ f = x: x; } == { f = x: x; }
