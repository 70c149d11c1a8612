[ (import <a.nix>) (import <b.nix>) ]
