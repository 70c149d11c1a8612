{ a = { b = throw "x"; }; }
