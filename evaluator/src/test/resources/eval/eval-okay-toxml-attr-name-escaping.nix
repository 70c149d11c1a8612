builtins.toXML { "a\"<b>&" = 1; }
