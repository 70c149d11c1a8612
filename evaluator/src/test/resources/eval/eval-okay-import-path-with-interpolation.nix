let name = "function"; in import ./lang-fixtures/${name}.nix 0
