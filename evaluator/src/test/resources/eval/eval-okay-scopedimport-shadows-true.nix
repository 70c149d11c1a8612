scopedImport { true = false; } ./lang-fixtures/uses-true.nix
