builtins.findFile [ { prefix = "fx"; path = toString ./lang-fixtures/search/file.nix; } ] "fx"
