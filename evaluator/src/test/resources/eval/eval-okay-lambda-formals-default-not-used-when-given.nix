({ a ? throw "never" }: a) { a = 2; }
