{ "let" = 1; "in" = 2; "rec" = 3; "inherit" = 4; "assert" = 5; "with" = 6; "or" = 7; "else" = 8; }
