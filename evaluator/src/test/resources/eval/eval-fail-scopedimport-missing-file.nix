scopedImport { } ./lang-fixtures/does-not-exist.nix
