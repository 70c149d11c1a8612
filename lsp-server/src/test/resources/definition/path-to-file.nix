import ./paths/tar$0get.nix
