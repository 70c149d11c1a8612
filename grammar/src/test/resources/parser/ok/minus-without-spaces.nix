a: b: a-b
