import ./lang-fixtures/relative.nix
