{ a = 1; b = throw "never"; } == { a = 2; b = throw "never"; }
