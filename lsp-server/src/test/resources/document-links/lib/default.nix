{ helpers = import ./helpers.nix; }
