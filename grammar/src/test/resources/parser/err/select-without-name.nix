x: x.
