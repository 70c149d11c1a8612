builtins.addDrvOutputDependencies (builtins.appendContext "p" { "/nix/store/0c2vb7a1ml9gqp6i9szflcs1y1zx2ygq-foo.drv" = { outputs = [ "out" ]; }; })
