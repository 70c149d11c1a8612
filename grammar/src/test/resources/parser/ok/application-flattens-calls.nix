f: a: (f a) a
