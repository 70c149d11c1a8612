let x = "let"; in with { x = "with"; }; x
