(args@{ a, ... }: [ a args.c ]) { a = 1; c = 2; }
