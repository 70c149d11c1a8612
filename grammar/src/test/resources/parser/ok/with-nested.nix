x: with x; with y; z
