import ./lang-fixtures/does-not-exist.nix
