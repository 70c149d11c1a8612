with builtins; let p = ./dir3/a.nix; in [ (stringLength p) (substring 44 5 p) (unsafeDiscardStringContext p) (hasContext (unsafeDiscardStringContext p)) (concatStringsSep "," [ p ]) (baseNameOf p) ]
