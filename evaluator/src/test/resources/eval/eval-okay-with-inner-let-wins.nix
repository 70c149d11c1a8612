with { x = "with"; }; let x = "let"; in x
