builtins.findFile [ { prefix = "other"; path = "/nonexistent"; } { prefix = ""; path = toString ./lang-fixtures/search; } ] "file.nix"
