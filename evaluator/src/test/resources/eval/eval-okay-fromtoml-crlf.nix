builtins.fromTOML "a = 1\r\nb = \"x\"\r\n[t]\r\nc = 2\r\n"
