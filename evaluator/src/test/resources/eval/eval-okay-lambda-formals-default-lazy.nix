({ a ? throw "never" }: 1) { }
