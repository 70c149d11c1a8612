with { x = 1; }; with "str"; x
