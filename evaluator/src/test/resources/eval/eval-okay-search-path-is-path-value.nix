[ (builtins.typeOf <a.nix>) (toString <b.nix>) ]
