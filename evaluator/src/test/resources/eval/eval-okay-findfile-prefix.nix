builtins.findFile [ { prefix = "fx"; path = toString ./lang-fixtures/search; } ] "fx/file.nix"
