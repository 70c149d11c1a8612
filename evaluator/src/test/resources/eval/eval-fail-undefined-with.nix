with { }; nope
