builtins.findFile [ { prefix = ""; } ] "x"
