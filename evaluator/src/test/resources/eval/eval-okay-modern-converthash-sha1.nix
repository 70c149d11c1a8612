builtins.convertHash {
  hash = builtins.hashString "sha1" "x";
  hashAlgo = "sha1";
  toHashFormat = "nix32";
}
