builtins.compareVersions (builtins.appendContext "1.0" { "/nix/store/9x5nf4l5bzp5rr3hpycvnam7ikwnn3yh-foo" = { path = true; }; }) "1.0"
