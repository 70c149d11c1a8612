(import ./lang-fixtures/rec-import.nix).again
