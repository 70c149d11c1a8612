builtins.convertHash {
  hash = "abc";
  hashAlgo = "sha3";
  toHashFormat = "sri";
}
