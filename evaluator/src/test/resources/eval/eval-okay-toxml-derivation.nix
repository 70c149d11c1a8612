builtins.toXML { type = "derivation"; name = "x"; drvPath = "/nix/store/dddddddddddddddddddddddddddddddd-x.drv"; outPath = "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x"; }
