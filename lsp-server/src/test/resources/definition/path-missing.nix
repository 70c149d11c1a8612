./paths/miss$0ing.nix
