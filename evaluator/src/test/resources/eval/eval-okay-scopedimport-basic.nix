scopedImport { x = "X"; y = "Y"; } ./lang-fixtures/uses-scope.nix
