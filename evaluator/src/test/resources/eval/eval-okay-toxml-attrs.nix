builtins.toXML { a = "s"; b = { c = 1; }; }
