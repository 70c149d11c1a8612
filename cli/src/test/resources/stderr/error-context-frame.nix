builtins.addErrorContext "ctx\nline" (throw "inner\nmore")
