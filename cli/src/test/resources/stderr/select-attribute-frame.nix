let a = { b = throw "x"; }; in a.b
