let a = import ./lang-fixtures/value.nix; b = import ./lang-fixtures/value.nix; in a == b
