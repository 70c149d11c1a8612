scopedImport 1 ./lang-fixtures/uses-true.nix
