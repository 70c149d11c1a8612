let x = import ./lang-fixtures/throws.nix; in 1
