scopedImport { x = 1; y = 2; toString = v: "overridden"; } ./lang-fixtures/uses-scope.nix
