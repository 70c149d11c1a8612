{ type = "derivation"; outPath = "/nix/store/x"; } == { type = "derivation"; outPath = "/nix/store/y"; }
