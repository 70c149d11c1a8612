a: a or
