{ a, $0b, c }: a + c
