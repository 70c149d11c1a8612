(builtins.tryEval (builtins.findFile [ { prefix = "fx"; path = toString ./lang-fixtures/search; } ] "fxfile.nix")).success
