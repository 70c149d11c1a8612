let f = { __functor = self: a: b: a + b; }; in f 1 2
