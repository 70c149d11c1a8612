builtins.unsafeGetAttrPos "answer" (import ./lang-fixtures/value.nix)
