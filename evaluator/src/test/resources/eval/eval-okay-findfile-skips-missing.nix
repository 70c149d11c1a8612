builtins.findFile [ { prefix = ""; path = "/nonexistent"; } { prefix = ""; path = toString ./lang-fixtures/search; } ] "file.nix"
