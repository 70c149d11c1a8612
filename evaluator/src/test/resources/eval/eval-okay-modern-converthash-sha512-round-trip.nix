let
  h = builtins.hashString "sha512" "x";
  sri = builtins.convertHash { hash = h; hashAlgo = "sha512"; toHashFormat = "sri"; };
in
[ sri (builtins.convertHash { hash = sri; toHashFormat = "base16"; } == h) ]
