builtins.convertHash {
  hash = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
  hashAlgo = "sha256";
  toHashFormat = "base16";
}
