import ./lang-fixtures/undefined-var.nix
