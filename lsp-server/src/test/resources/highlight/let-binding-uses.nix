let a = 1; b = a + a; in a$0 * b
