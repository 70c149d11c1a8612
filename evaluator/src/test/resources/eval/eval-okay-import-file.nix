import ./lang-fixtures/value.nix
