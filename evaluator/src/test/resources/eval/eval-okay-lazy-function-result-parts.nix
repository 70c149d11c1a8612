let f = x: { a = x; b = throw "never"; }; in (f 1).a
