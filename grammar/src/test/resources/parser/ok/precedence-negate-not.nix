a: b: - !a + b
