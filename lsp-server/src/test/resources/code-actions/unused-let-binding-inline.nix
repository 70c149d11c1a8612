let a = 1; $0b = 2; in a
