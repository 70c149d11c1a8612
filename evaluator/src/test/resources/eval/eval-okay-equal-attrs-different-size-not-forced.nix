{ a = throw "never"; } == { a = 1; b = 2; }
