builtins.appendContext "x" { "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-foo" = { path = true; }; }
