f: x: f x.a or x x
