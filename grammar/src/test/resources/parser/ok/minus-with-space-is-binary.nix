a: a -1
