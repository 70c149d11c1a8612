({ a, b }: a) { a = 1; b = throw "never"; }
