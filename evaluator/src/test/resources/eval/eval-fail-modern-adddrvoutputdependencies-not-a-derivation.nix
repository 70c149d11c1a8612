builtins.addDrvOutputDependencies (builtins.appendContext "p" { "/nix/store/9x5nf4l5bzp5rr3hpycvnam7ikwnn3yh-foo" = { path = true; }; })
