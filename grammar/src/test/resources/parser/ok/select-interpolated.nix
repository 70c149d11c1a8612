a: a."b${a}c"
