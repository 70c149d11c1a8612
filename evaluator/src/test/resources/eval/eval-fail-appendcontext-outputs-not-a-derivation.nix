builtins.appendContext "x" { "/nix/store/9x5nf4l5bzp5rr3hpycvnam7ikwnn3yh-foo" = { outputs = [ "out" ]; }; }
