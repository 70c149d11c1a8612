x: with x; y
