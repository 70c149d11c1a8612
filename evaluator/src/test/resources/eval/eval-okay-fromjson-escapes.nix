builtins.fromJSON ''"quote \" backslash \\ slash \/ newline \n return \r tab \t"''
