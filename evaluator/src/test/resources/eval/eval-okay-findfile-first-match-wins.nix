builtins.findFile [ { prefix = ""; path = toString ./lang-fixtures/dir; } { prefix = ""; path = toString ./lang-fixtures/search; } ] "default.nix"
