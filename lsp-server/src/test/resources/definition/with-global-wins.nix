pkgs: with pkgs; map$0
