{ n = 1; again = (import ./rec-import.nix).n; }
