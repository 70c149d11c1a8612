a: b: let a-b = 3; in a-b
