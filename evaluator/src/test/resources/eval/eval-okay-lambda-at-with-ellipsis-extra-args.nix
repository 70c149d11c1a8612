let f = { a, ... }@args: [ a args.b ]; in f { a = 1; b = 2; }
