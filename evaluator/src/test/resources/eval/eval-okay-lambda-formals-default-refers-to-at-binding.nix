({ a ? args.b * 10, ... }@args: a) { b = 5; }
