import ./lang-fixtures/function.nix 41
