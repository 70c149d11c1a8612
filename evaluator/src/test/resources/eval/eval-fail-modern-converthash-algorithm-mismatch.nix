builtins.convertHash {
  hash = "sha1:e3b0c44298fc1c149afbf4c8996fb92427ae41e4";
  hashAlgo = "sha256";
  toHashFormat = "sri";
}
