builtins.convertHash {
  hash = "sha3:abc";
  toHashFormat = "sri";
}
