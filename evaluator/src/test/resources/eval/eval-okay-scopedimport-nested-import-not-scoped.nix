scopedImport { true = false; } ./lang-fixtures/scoped-nested.nix
