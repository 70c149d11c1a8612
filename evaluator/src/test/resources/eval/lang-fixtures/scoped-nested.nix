import ./uses-true.nix
