with { x = 1; }; with { }; x
