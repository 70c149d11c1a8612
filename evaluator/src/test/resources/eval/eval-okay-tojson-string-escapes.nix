builtins.toJSON "quote \" backslash \\ newline \n return \r tab \t slash / dollar ${"$"}{x}"
