import ./foo.nix { inherit (builtins) map; }
