builtins.toJSON [ { type = "derivation"; name = "hello"; outPath = "/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-hello"; drvPath = "/nix/store/cccccccccccccccccccccccccccccccc-hello.drv"; } ]
