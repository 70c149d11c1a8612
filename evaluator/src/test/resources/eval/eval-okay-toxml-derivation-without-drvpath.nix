builtins.toXML { type = "derivation"; name = "nodrv"; outPath = "/nix/store/gggggggggggggggggggggggggggggggg-nodrv"; }
