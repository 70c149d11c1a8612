import ./lang-fixtures/throws.nix
