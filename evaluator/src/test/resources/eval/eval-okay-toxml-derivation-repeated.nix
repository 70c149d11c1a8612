let d = { type = "derivation"; drvPath = "/nix/store/ffffffffffffffffffffffffffffffff-d.drv"; name = "d"; }; in builtins.toXML [ d d ]
