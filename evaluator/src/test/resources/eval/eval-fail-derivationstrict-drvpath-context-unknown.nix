derivationStrict { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; drv = builtins.appendContext "x" { "/nix/store/9x5nf4l5bzp5rr3hpycvnam7ikwnn3yh-foo.drv" = { allOutputs = true; }; }; }
