builtins.convertHash {
  hash = "abcdef";
  hashAlgo = "sha256";
  toHashFormat = "sri";
}
