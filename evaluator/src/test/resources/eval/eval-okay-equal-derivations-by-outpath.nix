{ type = "derivation"; outPath = "/nix/store/x"; a = 1; } == { type = "derivation"; outPath = "/nix/store/x"; a = 2; }
