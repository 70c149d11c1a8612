pkgs: with pkgs; [ hello hel$0lo curl ]
