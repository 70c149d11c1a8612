builtins.findFile [ { prefix = ""; path = toString ./lang-fixtures/search; } ] "nope.nix"
