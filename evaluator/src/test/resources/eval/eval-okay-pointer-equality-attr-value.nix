let s = { f = x: x; }; in { a = s.f; } == { a = s.f; }
