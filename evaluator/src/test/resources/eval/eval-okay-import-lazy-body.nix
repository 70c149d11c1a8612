(import ./lang-fixtures/lazy-body.nix).ok
