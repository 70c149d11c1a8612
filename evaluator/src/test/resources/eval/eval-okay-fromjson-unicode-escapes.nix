builtins.fromJSON ''["\u0041", "\u00e9", "\u20AC", "\u0008\u000c"]''
