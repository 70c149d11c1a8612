a: (-a) a
