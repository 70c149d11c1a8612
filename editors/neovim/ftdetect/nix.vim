" .nix files are Nix (older runtimes without the detection, and files another rule claimed).
autocmd BufRead,BufNewFile *.nix setfiletype nix
